using System.Buffers.Binary;
using CsEtiquette.Analysis;

namespace CsEtiquette.Tests.Analysis;

public sealed class AnalysisModelTests
{
    internal static byte[] EmbeddedBytes()
    {
        using var s = typeof(AnalysisModel).Assembly.GetManifestResourceStream("CsEtiquette.Data.analysis-model.bin")!;
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        return ms.ToArray();
    }

    private static AnalysisModelException LoadFails(byte[] bytes, string name = "test-model.bin") =>
        Assert.Throws<AnalysisModelException>(() => AnalysisModel.Load(new MemoryStream(bytes), name));

    [Fact]
    public void Default_IsEmbedded_AndWithinTheSizeBudget()
    {
        var m = AnalysisModel.Default;
        Assert.Equal("CsEtiquette.Data.analysis-model.bin", m.Source);
        Assert.True(EmbeddedBytes().Length <= 4 * 1024 * 1024, $"{EmbeddedBytes().Length} bytes > 4 MB");
        Assert.Equal((m.Buckets * 23) + (m.PolarityBuckets * 3), m.WeightBytes);
    }

    [Fact]
    public void EmotionHead_IsIndexedByTheRootEnum_NotByPosition()
    {
        // The lost first attempt broke on an older emotion numbering: outputs map by label name to CustomerEmotion.
        Assert.Equal(
            [CustomerEmotion.Neutral, CustomerEmotion.Satisfied, CustomerEmotion.Dissatisfied, CustomerEmotion.Disappointed, CustomerEmotion.Anxious, CustomerEmotion.Angry],
            AnalysisModel.Default.EmotionLabels);
        Assert.DoesNotContain(MessageIntent.Other, AnalysisModel.Default.IntentLabels);
    }

    [Fact]
    public void Load_RoundTripsTheEmbeddedBytes()
    {
        var m = AnalysisModel.Load(new MemoryStream(EmbeddedBytes()), "copy.bin");
        var a = new CustomerMessageAnalyzer(new AnalysisOptions { Model = m });
        foreach (var text in new[] { "漏水了", "在吗 这个有货吗", "太满意了", "什么垃圾 我要投诉" })
        {
            var x = a.Analyze(text);
            var y = CustomerMessageAnalyzer.Default.Analyze(text);
            Assert.Equal(y.Emotion, x.Emotion);
            Assert.Equal(y.Intents, x.Intents);
        }
    }

    [Fact]
    public void WrongMagic_NamesTheFileAndThePlace()
    {
        var ex = LoadFails("hello world, not a model"u8.ToArray(), "my-model.bin");
        Assert.Equal("my-model.bin", ex.PackSource);
        Assert.Equal("$.header.magic", ex.JsonPath);
        Assert.StartsWith("my-model.bin: $.header.magic:", ex.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<EtiquettePackException>(ex);
    }

    [Fact]
    public void WrongFormatVersion_IsRejected()
    {
        var bytes = EmbeddedBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(4), 9);
        var ex = LoadFails(bytes);
        Assert.Equal("$.header.formatVersion", ex.JsonPath);
        Assert.Contains("9", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongFeatureVersion_AsksForRetraining()
    {
        var bytes = EmbeddedBytes();
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(6), 99);
        var ex = LoadFails(bytes);
        Assert.Equal("$.header.featureVersion", ex.JsonPath);
        Assert.Contains("retrain", ex.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void FlippedWeightByte_FailsTheChecksum()
    {
        var bytes = EmbeddedBytes();
        bytes[bytes.Length / 2] ^= 0x40;
        Assert.Equal("$.checksum", LoadFails(bytes).JsonPath);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(100)]
    [InlineData(1000)]
    public void Truncated_IsRejected(int keep)
    {
        var bytes = EmbeddedBytes().AsSpan(0, keep).ToArray();
        LoadFails(bytes);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.bin");
        var ex = Assert.Throws<AnalysisModelException>(() => AnalysisModel.Load(path));
        Assert.Equal(path, ex.PackSource);
    }

    [Fact]
    public void Load_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AnalysisModel.Load((string)null!));
        Assert.Throws<ArgumentNullException>(() => AnalysisModel.Load((Stream)null!, "x"));
        Assert.Throws<ArgumentNullException>(() => AnalysisModel.Load(new MemoryStream(), null!));
    }

    [Fact]
    public void UntrainedModel_GivesPriors_NotExceptions()
    {
        var a = new CustomerMessageAnalyzer(new AnalysisOptions { Model = AnalysisModel.CreateUntrained(1, 10) });
        var r = a.Analyze("漏水了");
        Assert.True(r.Intents.Count > 0);
        Assert.InRange(r.Emotion.Intensity, 0, 1);
        Assert.All(r.Intents, i => Assert.InRange(i.Score, 0, 1));
    }

    [Fact]
    public void UserLexiconWord_EntersAsAFeature()
    {
        // 蚌埠住了 (slang for "can't hold it") is not in the default lexicon; as a user Angry word it contributes the
        // same category feature as the built-in Angry words.
        var lexicon = AnalysisLexicon.Parse("""{ "schemaVersion": 1, "locale": "zh-CN", "name": "user", "emotions": { "Angry": { "蚌埠住了": 0.9 } } }""", "user.json");
        var withWord = new CustomerMessageAnalyzer(new AnalysisOptions { ExtraLexicons = [lexicon] });
        Assert.True(withWord.FeatureCount("真的蚌埠住了") > CustomerMessageAnalyzer.Default.FeatureCount("真的蚌埠住了"));
    }
}
