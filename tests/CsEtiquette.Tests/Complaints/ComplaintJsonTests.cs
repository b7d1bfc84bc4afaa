using CsEtiquette.Complaints;
using static CsEtiquette.Tests.Complaints.ComplaintTestKit;

namespace CsEtiquette.Tests.Complaints;

public sealed class ComplaintJsonTests
{
    private readonly ComplaintWorkflow _wf = new();

    [Fact]
    public void RoundTrip_IsExact_ForAFullCase()
    {
        var c = Replay(_wf, [.. ToResolved(), new FollowUp(false, "还是不满意"), new OfferSolutions("换新", "退款"),
            new Escalate(EscalationReason.PolicyException, EscalationTarget.Supervisor, "超出售后期限"), new Resolve("特批"),
            new FollowUp(true), new Close()]);
        var json = ComplaintJson.Serialize(c);
        var back = ComplaintJson.Deserialize(json);
        Assert.Equal(c, back);
        Assert.Equal(json, ComplaintJson.Serialize(back));
        Assert.Equal(c.History.ToArray(), back.History.ToArray());
    }

    [Fact]
    public void Json_HasSchemaVersion_CamelCase_StringEnums_AndReadableChinese()
    {
        var json = ComplaintJson.Serialize(Replay(_wf, Prefix(3)));
        Assert.StartsWith("{\"schemaVersion\":1,\"id\":\"case-1\",\"state\":\"SolutionsOffered\",\"version\":3,", json, StringComparison.Ordinal);
        Assert.Contains("\"offeredOptions\":[\"补发商品，预计3天到达\",\"全额退款，1-3个工作日退回原账户\"]", json, StringComparison.Ordinal);
        Assert.Contains("{\"type\":\"VerifyInformation\",\"orderNumber\":\"202611240001\",\"facts\":[\"外包装破损\"]}", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"trigger\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("followUpDueAt", json, StringComparison.Ordinal); // null values are omitted
    }

    [Fact]
    public void RoundTrip_KeepsOffsets()
    {
        var tz = TimeSpan.FromHours(8);
        var c = _wf.Start("c", new DateTimeOffset(2026, 11, 24, 18, 0, 0, tz));
        c = _wf.Apply(c, new AcknowledgeEmotion(), new DateTimeOffset(2026, 11, 24, 18, 0, 0, 123, tz).AddTicks(4567)).Case;
        var json = ComplaintJson.Serialize(c);
        Assert.Contains("+08:00", json, StringComparison.Ordinal);
        Assert.Equal(json, ComplaintJson.Serialize(ComplaintJson.Deserialize(json)));
    }

    [Fact]
    public void Indented_IsReadableAndRoundTrips()
    {
        var c = Replay(_wf, Prefix(2));
        var json = ComplaintJson.Serialize(c, indented: true);
        Assert.Contains("\n", json, StringComparison.Ordinal);
        Assert.Equal(c, ComplaintJson.Deserialize(json));
    }

    [Theory]
    [InlineData("{\"schemaVersion\":2,\"id\":\"a\",\"state\":\"Opened\",\"version\":0}", "$.schemaVersion")]
    [InlineData("{\"schemaVersion\":1,\"id\":\" \",\"state\":\"Opened\",\"version\":0}", "$.id")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"state\":\"Opened\",\"version\":2}", "$.version")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"state\":\"Closed\",\"version\":0}", "$.state")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"state\":\"Nowhere\",\"version\":0}", "$.state")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"state\":\"EmotionAcknowledged\",\"version\":1,\"history\":[{\"version\":1,\"at\":\"2026-11-24T10:00:00Z\",\"from\":\"Opened\",\"to\":\"EmotionAcknowledged\",\"event\":{\"type\":\"Shout\"}}]}", "$.history[0].event")]
    [InlineData("{\"schemaVersion\":1,\"id\":\"a\",\"state\":\"EmotionAcknowledged\",\"version\":1,\"history\":[{\"version\":3,\"at\":\"2026-11-24T10:00:00Z\",\"from\":\"Opened\",\"to\":\"EmotionAcknowledged\",\"event\":{\"type\":\"AcknowledgeEmotion\"}}]}", "$.history[0]")]
    [InlineData("{\"schemaVersion\":1,", "$")]
    public void Deserialize_BadJson_NamesThePath(string json, string path)
    {
        var ex = Assert.Throws<ComplaintSerializationException>(() => ComplaintJson.Deserialize(json));
        Assert.StartsWith(path, ex.JsonPath, StringComparison.Ordinal);
        Assert.Contains("(at ", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"type\":\"AcknowledgeEmotion\"}")]
    [InlineData("{\"type\":\"VerifyInformation\",\"orderNumber\":\"202611240001\",\"facts\":[\"破损\"]}")]
    [InlineData("{\"type\":\"OfferSolutions\",\"options\":[\"a\",\"b\"]}")]
    [InlineData("{\"type\":\"ChooseSolution\",\"index\":1}")]
    [InlineData("{\"type\":\"Resolve\",\"note\":\"已补发\"}")]
    [InlineData("{\"type\":\"FollowUp\",\"satisfied\":false}")]
    [InlineData("{\"type\":\"Escalate\",\"reason\":\"Abuse\",\"target\":\"Supervisor\"}")]
    [InlineData("{\"type\":\"Withdraw\"}")]
    [InlineData("{\"type\":\"Close\"}")]
    public void Events_RoundTrip(string json)
    {
        var e = ComplaintJson.DeserializeEvent(json);
        Assert.Equal(json, ComplaintJson.SerializeEvent(e));
        Assert.Equal(e, ComplaintJson.DeserializeEvent(ComplaintJson.SerializeEvent(e)));
    }

    [Theory]
    [InlineData("{\"type\":\"Escalate\",\"target\":\"Platform\"}", "'reason'")]
    [InlineData("{\"type\":\"FollowUp\"}", "'satisfied'")]
    public void DeserializeEvent_MissingRequiredProperty_IsNamed_NotDefaulted(string json, string property)
    {
        var ex = Assert.Throws<ComplaintSerializationException>(() => ComplaintJson.DeserializeEvent(json));
        Assert.Contains(property, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Event_OptionalProperties_MayBeOmitted()
    {
        Assert.Equal(new VerifyInformation("1"), ComplaintJson.DeserializeEvent("{\"type\":\"VerifyInformation\",\"orderNumber\":\"1\"}"));
        Assert.Equal(new Resolve(), ComplaintJson.DeserializeEvent("{\"type\":\"Resolve\"}"));
    }

    [Fact]
    public void Event_TypeMayComeAfterOtherProperties_AndUnknownPropertiesAreIgnored()
    {
        var e = ComplaintJson.DeserializeEvent("{\"orderNumber\":\"1\",\"at\":\"2026-11-24T10:00:00Z\",\"type\":\"VerifyInformation\"}");
        Assert.Equal(new VerifyInformation("1"), e);
    }

    [Theory]
    [InlineData("{\"orderNumber\":\"1\"}", "$.type")]
    [InlineData("{\"type\":\"Shout\"}", "$.type")]
    [InlineData("[1]", "$")]
    [InlineData("{\"type\":\"ChooseSolution\",\"index\":\"one\"}", "$.index")]
    [InlineData("not json", "$")]
    [InlineData("{\"type\":\"Escalate\",\"target\":\"Platform\"}", "$")]
    [InlineData("{\"type\":\"FollowUp\"}", "$")]
    [InlineData("{\"type\":\"ChooseSolution\"}", "$")]
    [InlineData("{\"type\":\"VerifyInformation\",\"orderNumber\":\"1\",\"facts\":\"破损\"}", "$.facts")]
    public void DeserializeEvent_Bad_Throws_WithPath(string json, string path)
    {
        var ex = Assert.Throws<ComplaintSerializationException>(() => ComplaintJson.DeserializeEvent(json));
        Assert.StartsWith(path, ex.JsonPath, StringComparison.Ordinal);
    }

    [Fact]
    public void EventEquality_IsByValue_IncludingLists()
    {
        Assert.Equal(new OfferSolutions("a", "b"), new OfferSolutions("a", "b"));
        Assert.NotEqual(new OfferSolutions("a", "b"), new OfferSolutions("b", "a"));
        Assert.Equal(new VerifyInformation("1", "x"), new VerifyInformation("1", "x"));
        Assert.NotEqual(new VerifyInformation("1", "x"), new VerifyInformation("1", "y"));
        Assert.NotEqual<ComplaintEvent>(new Withdraw(), new Resolve());
    }

    [Fact]
    public void CaseEquality_DetectsAnyDifference()
    {
        var a = Replay(_wf, Prefix(3));
        var b = Replay(_wf, Prefix(3));
        Assert.Equal(a, b);
        Assert.NotEqual(a, a with { ChosenOptionIndex = 1 });
        Assert.NotEqual(a, a with { Facts = ["x"] });
        Assert.NotEqual(a, a with { History = a.History.RemoveAt(0) });
    }
}
