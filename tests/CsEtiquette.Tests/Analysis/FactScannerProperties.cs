using CsEtiquette.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Analysis;

/// <summary>
/// Issue #17 defect 2: every cue-driven fact scanner is linear. Checked with the scanner's work counter (characters
/// visited), never with wall-clock time, at three sizes: quadrupling the text at most quadruples the work (+25%).
/// </summary>
public sealed class FactScannerProperties
{
    private static readonly CustomerMessageAnalyzer Analyzer = CustomerMessageAnalyzer.Default;

    private static readonly string[] CuePieces =
    [
        "地址", "地址是", "收货地址：", "寄到", "北京市", "市", "区", "路", "号", "栋", "室", "京市", "1", "88", "-", "#", "a", "：", " ",
        "是", "为", "订单号", "单号", "卡号", "@", "a@b", ".", "com", "手机", "0", "010-", "的", "，",
    ];

    public static TheoryData<string> HostileRepeats() =>
    [
        "地址", "地址是", "收货地址：", "寄到", "京市路", "北京市", "市区", "路1", "京市市", "地址：1栋", "地址 ", "a@", "@a.", "订单号1",
        "卡号", "010-1", "一", "1-",
    ];

    [Theory]
    [MemberData(nameof(HostileRepeats))]
    public void CueScanners_DoLinearWork_AtThreeSizes(string piece)
    {
        var w1 = Work(piece, 2_000);
        var w2 = Work(piece, 8_000);
        var w3 = Work(piece, 32_000);
        Assert.True(w2 <= (w1 * 5) + 64, $"{piece}: {w1} → {w2} for 4× the text");
        Assert.True(w3 <= (w2 * 5) + 64, $"{piece}: {w2} → {w3} for 4× the text");
        Assert.True(w3 <= 16 * 32_000, $"{piece}: {w3} steps for 32k characters");
    }

    [Property(MaxTest = 60)]
    public Property CueScanners_WorkIsBoundedByLength_AtThreeSizes() =>
        Prop.ForAll(Arb.From(Gen.Elements(CuePieces).ListOf().Where(l => l.Count > 0).Select(l => string.Concat(l))), unit =>
        {
            foreach (var size in (int[])[500, 2_000, 8_000])
            {
                var text = Repeat(unit, size);
                if (Analyzer.FactScanWork(text) > (16 * text.Length) + 64)
                {
                    return false;
                }
            }

            return true;
        });

    [Fact]
    public void RepeatedAddressCue_StillFindsTheAddressAfterIt()
    {
        var text = Repeat("地址", 20_000) + "：阳光花园3栋501室";
        var facts = Analyzer.Analyze(text).Facts;
        var address = Assert.Single(facts, f => f.Kind == FactKind.Address);
        Assert.EndsWith("阳光花园3栋501室", address.Value, StringComparison.Ordinal);
    }

    private static long Work(string piece, int size) => Analyzer.FactScanWork(Repeat(piece, size));

    private static string Repeat(string piece, int size)
    {
        var sb = new System.Text.StringBuilder(size + piece.Length);
        while (sb.Length < size)
        {
            sb.Append(piece);
        }

        return sb.ToString();
    }
}
