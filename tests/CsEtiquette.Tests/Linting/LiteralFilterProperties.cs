using CsEtiquette.Linting;
using CsEtiquette.Linting.Engine;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit.Abstractions;

namespace CsEtiquette.Tests.Linting;

/// <summary>
/// The required-literal clean check (<see cref="ReplyLinter.IsCertainlyCleanByLiterals"/>, issue #15) is sound:
/// whenever it says clean, the full lint (no shortcut) finds nothing — on every line of the lint sets and the
/// rewrite corpus, and on generated strings mixing the packs' own literals with random CJK/ASCII/punctuation.
/// </summary>
public sealed class LiteralFilterProperties(ITestOutputHelper output)
{
    private static readonly ReplyLinter Full = new() { UseCleanCheck = false };

    private static readonly LintContext[] Contexts =
    [
        LintContext.Default,
        new() { IsComplaint = true },
        new() { Channel = ReplyChannel.Voice, CustomerEmotion = CustomerEmotion.Anxious },
        new() { CustomerEmotion = CustomerEmotion.Dissatisfied },
        new() { CustomerUsedEmoji = true },
    ];

    /// <summary>Every literal alternative of every pattern, exception and marker of the default packs.</summary>
    private static readonly string[] PackLiterals = ReplyLinter.Default.RuleSet.Rules
        .SelectMany(r => r.Patterns.SelectMany(p => p.Elements.Concat(p.Except.SelectMany(x => x.Elements)))
            .Concat(r.Exceptions.SelectMany(x => x.Elements))
            .Concat(r.Markers.Values.SelectMany(l => l.SelectMany(m => m.Elements))))
        .SelectMany(e => e.Alternatives)
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static IEnumerable<string> CorpusLines()
    {
        foreach (var l in LintTestData.Lines("lint-tuned.tsv"))
        {
            yield return l.Split('\t')[0];
        }

        foreach (var l in LintTestData.Lines("flagged-catalogue.tsv"))
        {
            var p = l.Split('\t');
            yield return p[1];
            if (p.Length > 2 && p[2] != "=")
            {
                yield return p[2];
            }
        }

        foreach (var l in LintTestData.Lines("polite-negatives.txt"))
        {
            yield return l;
        }

        var corpus = Path.Combine(AppContext.BaseDirectory, "TestData", "Rewriting", "corpus.tsv");
        foreach (var l in File.ReadLines(corpus).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var p = l.Split('\t');
            yield return p[0];
            if (p.Length > 1)
            {
                yield return p[1];
            }
        }
    }

    private static string? Unsound(string draft, LintContext context)
    {
        if (!ReplyLinter.Default.IsCertainlyCleanByLiterals(draft, context))
        {
            return null;
        }

        var full = Full.Lint(draft, context);
        return full.Findings.Count == 0 ? null : $"{draft}: {string.Join(", ", full.Findings.Select(f => f.RuleId + " " + f.MatchedText))}";
    }

    [Fact]
    public void LintSetsAndCorpus_FastPathImpliesNoFinding()
    {
        var failures = new List<string>();
        foreach (var line in CorpusLines())
        {
            foreach (var c in Contexts)
            {
                if (Unsound(line, c) is { } f)
                {
                    failures.Add(f);
                }
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>Reports (does not assert) how many clean lines of the lint sets take each shortcut.</summary>
    [Fact]
    public void FastPathShare_OfCleanLines()
    {
        var baseline = new ReplyLinter { UseLiteralFilter = false };
        var clean = CorpusLines().Distinct(StringComparer.Ordinal).Where(l => Full.Lint(l).Findings.Count == 0).ToArray();
        var byLiterals = clean.Count(l => ReplyLinter.Default.IsCertainlyCleanByLiterals(l, LintContext.Default));
        var byAutomaton = clean.Count(l => baseline.IsCertainlyCleanByAutomaton(l, LintContext.Default));
        var tuned = LintTestData.Lines("lint-tuned.tsv").Select(l => l.Split('\t')).Where(p => p.Length > 1 && p[1] == "-" && p.Length < 3).Select(p => p[0]).ToArray();
        var tunedFast = tuned.Count(l => ReplyLinter.Default.IsCertainlyCleanByLiterals(l, LintContext.Default));
        var polite = LintTestData.Lines("polite-negatives.txt").ToArray();
        var politeFast = polite.Count(l => ReplyLinter.Default.IsCertainlyCleanByLiterals(l, LintContext.Default));
        output.WriteLine($"clean lines (lint sets + corpus): {clean.Length}; literal filter fast path {byLiterals}; automaton check {byAutomaton}");
        output.WriteLine($"lint-tuned '-' lines: {tuned.Length}, fast {tunedFast}; polite-negatives: {polite.Length}, fast {politeFast}");
        foreach (var l in clean.Where(l => !ReplyLinter.Default.IsCertainlyCleanByLiterals(l, LintContext.Default)).Take(40))
        {
            output.WriteLine("slow: " + l);
        }

        Assert.True(ReplyLinter.Default.RuleSet.LiteralFilter.Enabled);
    }

    private static readonly Gen<string> Noise = Gen.OneOf(
        Gen.Choose(0x4E00, 0x9FA5).Select(c => ((char)c).ToString()),
        Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString()),
        Gen.Elements("，", "。", "！", "!", "？", "~", "、", " ", "😊", ":)", "1", "3", "三", "13812345678", "号", "路", "市"));

    private static readonly Gen<string> Mixed =
        Gen.OneOf(Gen.Elements(PackLiterals), Noise, Noise).ListOf().Select(l => string.Concat(l.Take(12)));

    [Property(MaxTest = 2000)]
    public Property Generated_FastPathImpliesNoFinding() =>
        Prop.ForAll(Arb.From(Mixed), Arb.From(Gen.Elements(Contexts)), (draft, context) =>
        {
            var f = Unsound(draft, context);
            return (f is null).Label($"literal filter said clean, full lint found: {f}");
        });

    [Fact]
    public void PatternWithOnlyAnyTokens_DisablesTheFilter()
    {
        var filter = new RequiredLiteralFilter([[new PatternElement(PatternElementKind.AnyToken, [], false)]], []);
        Assert.False(filter.Enabled);
        Assert.False(filter.Scan("您好", out _));
    }
}
