using System.Globalization;
using CsEtiquette.Knowledge;
using Xunit.Abstractions;

namespace CsEtiquette.Tests.Knowledge;

/// <summary>
/// FAQ retrieval on the example pack, measured on paraphrases we wrote (TestData/knowledge): faq-dev.tsv was used
/// to tune the lexicon and the threshold, faq-heldout.tsv never was. In-scope: top-1 id must be the expected one;
/// out-of-scope ("-"): the answer must be []. Figures are reported in docs/assistant.md.
/// </summary>
public sealed class FaqRetrievalEvaluationTests(ITestOutputHelper output)
{
    private static readonly string Dir = Path.Combine(AppContext.BaseDirectory, "TestData", "knowledge");

    internal static IReadOnlyList<(string Expected, string Question)> Read(string file)
    {
        var list = new List<(string, string)>();
        foreach (var line in File.ReadLines(Path.Combine(Dir, file)))
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            list.Add((line[..tab], line[(tab + 1)..]));
        }

        return list;
    }

    private (double Top1, double OutOfScope, int InScope, int Oos) Measure(string file, bool print)
    {
        var k = ShopKnowledge.Example;
        int inScope = 0, hit = 0, oos = 0, empty = 0;
        foreach (var (expected, q) in Read(file))
        {
            var m = k.Find(q, 3);
            var got = m.Count == 0 ? "-" : m[0].Id;
            if (expected == "-")
            {
                oos++;
                empty += m.Count == 0 ? 1 : 0;
            }
            else
            {
                inScope++;
                hit += got == expected ? 1 : 0;
            }

            if (print && got != expected)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"MISS {q}: expected {expected}, got {string.Join(", ", m.Select(x => $"{x.Id} {x.Score:0.00}"))}"));
            }
        }

        return ((double)hit / inScope, (double)empty / oos, inScope, oos);
    }

    [Fact]
    public void Dev_Top1AndOutOfScope_MeetTheFloor()
    {
        var (top1, oos, n, o) = Measure("faq-dev.tsv", print: true);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"dev: top-1 {top1:0.000} on {n}, out-of-scope [] {oos:0.000} on {o}"));
        Assert.True(top1 >= 0.90, $"dev top-1 {top1:0.000}");
        Assert.True(oos >= 0.85, $"dev out-of-scope {oos:0.000}");
    }

    [Fact]
    public void HeldOut_Top1AndOutOfScope_MeetTheFloor()
    {
        // Never printed per question: looking at held-out misses would turn it into a tuning set.
        var (top1, oos, n, o) = Measure("faq-heldout.tsv", print: false);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"held-out: top-1 {top1:0.000} on {n}, out-of-scope [] {oos:0.000} on {o}"));
        // Measured 0.902 / 0.906 on 265 / 64 questions (docs/assistant.md); the floors leave a little room for lexicon changes.
        Assert.True(n + o >= 300, $"held-out set has {n + o} questions");
        Assert.True(top1 >= 0.89, $"held-out top-1 {top1:0.000}");
        Assert.True(oos >= 0.85, $"held-out out-of-scope {oos:0.000}");
    }
}
