using System.Globalization;
using CsEtiquette.Knowledge;
using Xunit.Abstractions;

namespace CsEtiquette.Tests.Knowledge;

/// <summary>Prints the development set's top-3 scores without a threshold (for tuning; never the held-out set).</summary>
public sealed class FaqTuning(ITestOutputHelper output)
{
    [Fact(Skip = "Tuning tool on the development set: run by hand (remove Skip).")]
    public void GridSearch()
    {
        var data = FaqRetrievalEvaluationTests.Read("faq-dev.tsv");
        using var stream = typeof(ShopKnowledge).Assembly.GetManifestResourceStream(ShopKnowledge.ExampleResourceName)!;
        var json = new StreamReader(stream).ReadToEnd();
        var results = new List<(double Score, string Line)>();
        foreach (var k1 in new[] { 0.4f, 0.8f, 1.2f })
        foreach (var b in new[] { 0.0f, 0.3f, 0.6f })
        foreach (var bw in new[] { 0.0f, 0.3f, 0.6f })
        foreach (var uw in new[] { 0.3f, 0.6f, 1.0f })
        foreach (var sc in new[] { 0.0f, 0.3f })
        foreach (var cross in new[] { true, false })
        foreach (var fw in new[] { 0.2f, 0.5f })
        {
            var options = new KnowledgeIndexOptions
            {
                K1 = k1, B = b, BigramWeight = bw, UnknownWordWeight = uw, SingleCharUnknownWeight = sc, CrossTokenBigrams = cross, FormWeight = fw,
            };
            var k = ShopKnowledge.Parse(json, null, options);
            var rows = data.Select(d => (d.Expected, Top: k.Find(d.Question, 1, 0.0))).ToList();
            var nIn = rows.Count(r => r.Expected != "-");
            var nOut = rows.Count(r => r.Expected == "-");
            for (var th = 0.10; th <= 0.61; th += 0.025)
            {
                var hit = (double)rows.Count(r => r.Expected != "-" && r.Top.Count > 0 && r.Top[0].Id == r.Expected && r.Top[0].Score >= th) / nIn;
                var empty = (double)rows.Count(r => r.Expected == "-" && (r.Top.Count == 0 || r.Top[0].Score < th)) / nOut;
                results.Add((Math.Min(hit - 0.90, empty - 0.90), string.Create(CultureInfo.InvariantCulture, $"GRID k1 {k1} b {b} bw {bw} uw {uw} sc {sc} cross {cross} fw {fw} th {th:0.000}: top-1 {hit:0.000} oos {empty:0.000}")));
            }
        }

        foreach (var r in results.OrderByDescending(r => r.Score).Take(25))
        {
            output.WriteLine(r.Line);
        }
    }

    [Fact(Skip = "Tuning tool on the development set: run by hand (remove Skip).")]
    public void PrintDevSweep()
    {
        var k = ShopKnowledge.Example;
        var data = FaqRetrievalEvaluationTests.Read("faq-dev.tsv");
        var rows = data.Select(d => (d.Expected, Top: k.Find(d.Question, 1, 0.0))).ToList();
        var rank = rows.Count(r => r.Expected != "-" && r.Top.Count > 0 && r.Top[0].Id == r.Expected);
        output.WriteLine($"rank-only top-1 {rank}/{rows.Count(r => r.Expected != "-")}");
        for (var th = 0.10; th <= 0.71; th += 0.05)
        {
            var hit = rows.Count(r => r.Expected != "-" && r.Top.Count > 0 && r.Top[0].Id == r.Expected && r.Top[0].Score >= th);
            var empty = rows.Count(r => r.Expected == "-" && (r.Top.Count == 0 || r.Top[0].Score < th));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"SWEEP th {th:0.00}: top-1 {(double)hit / rows.Count(r => r.Expected != "-"):0.000} oos {(double)empty / rows.Count(r => r.Expected == "-"):0.000}"));
        }
    }

    [Fact(Skip = "Tuning tool on the development set: run by hand (remove Skip).")]
    public void PrintDevScores()
    {
        var k = ShopKnowledge.Example;
        foreach (var (expected, q) in FaqRetrievalEvaluationTests.Read("faq-dev.tsv"))
        {
            var m = k.Find(q, 3, 0.0);
            var top = m.Count == 0 ? "-" : m[0].Id;
            var mark = top == expected ? "ok  " : "BAD ";
            output.WriteLine("ok   EXPLAIN " + k.Explain(q));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mark}{expected,-22} {q}: {string.Join(", ", m.Select(x => $"{x.Id} {x.Score:0.00}"))}"));
        }
    }
}
