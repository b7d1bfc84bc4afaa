using System.Text.Json;
using CsEtiquette.Analysis;
using CsEtiquette.Tests.Cli;

namespace CsEtiquette.Tests.Analysis;

/// <summary>Issue #17 defect 3: every documented personal-data kind is masked in the text and in the facts.</summary>
public sealed class FactRedactionTests
{
    private static readonly CustomerMessageAnalyzer Analyzer = CustomerMessageAnalyzer.Default;

    [Theory]
    [InlineData("电话138.1234.5678", "电话138.****.5678", FactKind.PhoneNumber)]
    [InlineData("电话138 1234 5678", "电话138 **** 5678", FactKind.PhoneNumber)]
    [InlineData("电话138-1234-5678", "电话138-****-5678", FactKind.PhoneNumber)]
    [InlineData("手机１３８１２３４５６７８", "手机１３８****５６７８", FactKind.PhoneNumber)]
    [InlineData("TEL13812345678", "TEL138****5678", FactKind.PhoneNumber)]
    [InlineData("13812345678a", "138****5678a", FactKind.PhoneNumber)]
    [InlineData("订单13812345678", "订单138****5678", FactKind.OrderNumber)]
    [InlineData("手机+8613812345678", "手机+861******5678", FactKind.PhoneNumber)]
    [InlineData("身份证11010519491231002X", "身份证[身份证号]", FactKind.IdCardNumber)]
    [InlineData("身份证号110105194912310021。", "身份证号[身份证号]。", FactKind.IdCardNumber)]
    [InlineData("我的是44030019900307123x谢谢", "我的是[身份证号]谢谢", FactKind.IdCardNumber)]
    [InlineData("退到卡号6222021234567890128吧", "退到卡号[银行卡号]吧", FactKind.BankCardNumber)]
    [InlineData("6222 0212 3456 7890 128", "[银行卡号]", FactKind.BankCardNumber)]
    [InlineData("信用卡4111111111111111", "信用卡[银行卡号]", FactKind.BankCardNumber)]
    [InlineData("邮箱zhang.san@example.com谢谢", "邮箱[邮箱]谢谢", FactKind.Email)]
    [InlineData("发到 a_b+c@mail.qq.com.", "发到 [邮箱].", FactKind.Email)]
    [InlineData("座机010-12345678", "座机[座机]", FactKind.Landline)]
    [InlineData("座机0571 88886666", "座机[座机]", FactKind.Landline)]
    [InlineData("座机(010)12345678", "座机[座机]", FactKind.Landline)]
    [InlineData("地址：阳光花园3栋501室", "地址：[地址]", FactKind.Address)]
    [InlineData("寄到北京市朝阳区建国路88号", "寄到[地址]", FactKind.Address)]
    public void Redact_MasksEveryDocumentedFormat_InTextAndFact(string text, string expected, FactKind kind)
    {
        Assert.Equal(expected, Analyzer.Redact(text));
        var fact = Assert.Single(Analyzer.Analyze(text).Facts, f => f.Kind == kind);
        var masked = FactRedaction.Mask(fact.Kind, fact.Value);
        Assert.NotEqual(fact.Value, masked);
        Assert.DoesNotContain("1234", masked.Replace("5678", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("订单号123456789012345678破损")] // 18 digits, no birth date: an order number
    [InlineData("订单号3456789012345678901")] // 19-digit order number failing Luhn/prefix
    [InlineData("2024-11-20下单")]
    [InlineData("共¥199.00")]
    [InlineData("请问有货吗")]
    public void Redact_LeavesOrdinaryFactsAlone(string text) => Assert.Same(text, Analyzer.Redact(text));

    [Fact]
    public void IdCardLookalike_IsNotAnOrderNumber()
    {
        var facts = Analyzer.Analyze("订单号11010519491231002X").Facts;
        Assert.DoesNotContain(facts, f => f.Kind == FactKind.OrderNumber);
        Assert.Contains(facts, f => f.Kind == FactKind.IdCardNumber);
    }

    [Fact]
    public void IsPersonal_ListsTheDocumentedKinds()
    {
        FactKind[] personal = [FactKind.PhoneNumber, FactKind.Address, FactKind.IdCardNumber, FactKind.BankCardNumber, FactKind.Email, FactKind.Landline];
        foreach (var kind in Enum.GetValues<FactKind>())
        {
            Assert.Equal(personal.Contains(kind), FactRedaction.IsPersonal(kind));
        }
    }

    [Fact]
    public void AnalyzeRedact_MasksTheCuedAddressInTheFactValue()
    {
        var (code, output, _) = CliHarness.Run("地址：阳光花园3栋501室\n", "analyze", "--format", "json", "--redact");
        Assert.Equal(0, code);
        Assert.DoesNotContain("阳光花园", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("[地址]", doc.RootElement.GetProperty("facts")[0].GetProperty("value").GetString());
    }

    [Theory]
    [InlineData("订单13812345678")]
    [InlineData("身份证11010519491231002X")]
    [InlineData("邮箱zhang.san@example.com")]
    [InlineData("座机010-12345678")]
    public void AnalyzeRedact_TextOutput_KeepsNoPersonalDigits(string line)
    {
        var (code, output, _) = CliHarness.Run(line + "\n", "analyze", "--redact");
        Assert.Equal(0, code);
        Assert.DoesNotContain("1234", output, StringComparison.Ordinal);
        Assert.DoesNotContain("zhang.san", output, StringComparison.Ordinal);
    }
}
