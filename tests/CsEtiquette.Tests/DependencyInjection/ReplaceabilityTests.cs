using CsEtiquette.Analysis;
using CsEtiquette.Assistant;
using CsEtiquette.DependencyInjection;
using CsEtiquette.Insights;
using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using CsEtiquette.Segmentation;
using Microsoft.Extensions.DependencyInjection;

namespace CsEtiquette.Tests.DependencyInjection;

/// <summary>What a service registered before <c>AddCsEtiquette</c> replaces (a real <see cref="ServiceCollection"/>).</summary>
public sealed class ReplaceabilityTests
{
    /// <summary>An <see cref="IReplyLinter"/> that is not a <see cref="ReplyLinter"/>: flags every draft with X001.</summary>
    private sealed class MarkingLinter : IReplyLinter
    {
        public int Calls;

        public IReadOnlyList<RuleDefinition> Rules => [];

        public LintReport Lint(string draft, LintContext? context = null)
        {
            Interlocked.Increment(ref Calls);
            return new LintReport(draft, [new Finding("X001", Severity.Warning, 0, 0, string.Empty, "marked", [], null)]);
        }
    }

    /// <summary>An <see cref="IChineseSegmenter"/> that is not a <see cref="ChineseSegmenter"/>.</summary>
    private sealed class CharSegmenter : IChineseSegmenter
    {
        public int Calls;

        public int Tokenize(ReadOnlySpan<char> text, Span<TokenRange> destination, bool hmm = true)
        {
            Interlocked.Increment(ref Calls);
            for (int i = 0; i < text.Length && i < destination.Length; i++)
            {
                destination[i] = new TokenRange(i, 1);
            }

            return text.Length;
        }

        public IReadOnlyList<string> Cut(string text, bool hmm = true) => [.. text.Select(c => c.ToString())];

        public IReadOnlyList<string> CutAll(string text) => Cut(text);

        public IReadOnlyList<string> CutForSearch(string text, bool hmm = true) => Cut(text);

        public IReadOnlyList<Token> Tokenize(string text, TokenizeMode mode = TokenizeMode.Default, bool hmm = true) =>
            [.. text.Select((c, i) => new Token(c.ToString(), i, i + 1))];
    }

    private static ServiceProvider Build(Action<IServiceCollection> before)
    {
        var services = new ServiceCollection();
        before(services);
        return services.AddCsEtiquette().AddCsEtiquetteInsights().BuildServiceProvider(validateScopes: true);
    }

    [Fact]
    public void UserChineseSegmenter_RegisteredAsTheInterface_DrivesTheLinterAndTheAnalyzer()
    {
        var lexicon = Lexicon.CreateDefaultCopy();
        lexicon.AddWord("暖暖保温杯", 10000);
        var mine = new ChineseSegmenter(lexicon);
        using var sp = Build(s => s.AddSingleton<IChineseSegmenter>(mine));

        Assert.Same(mine, sp.GetRequiredService<IChineseSegmenter>());
        Assert.Same(mine, sp.GetRequiredService<ReplyLinter>().Segmenter);
        Assert.Same(mine, Assert.IsType<CustomerMessageAnalyzer>(sp.GetRequiredService<ICustomerMessageAnalyzer>()).Segmenter);
    }

    [Fact]
    public void UserSegmenter_NotAChineseSegmenter_IsWhatTheEnginesTokeniseWith()
    {
        // #13: the analyzer and the linter consume only IChineseSegmenter (they used to keep the built-in one here).
        var mine = new CharSegmenter();
        using var sp = Build(s => s.AddSingleton<IChineseSegmenter>(mine));

        Assert.Same(mine, sp.GetRequiredService<IChineseSegmenter>());
        Assert.Same(mine, sp.GetRequiredService<ReplyLinter>().Segmenter);
        Assert.Same(mine, Assert.IsType<CustomerMessageAnalyzer>(sp.GetRequiredService<ICustomerMessageAnalyzer>()).Segmenter);
        Assert.Contains(sp.GetRequiredService<IReplyLinter>().Lint("你不能退款").Findings, f => f.RuleId == "CSE005");
        Assert.True(mine.Calls > 0);
        int before = mine.Calls;
        sp.GetRequiredService<ICustomerMessageAnalyzer>().Analyze("我要退款");
        Assert.True(mine.Calls > before);
    }

    [Fact]
    public void UserReplyLinter_IsWhatTheAssistantAndTheQualityInspectorLintWith()
    {
        var mine = new MarkingLinter();
        using var sp = Build(s => s.AddSingleton<IReplyLinter>(mine));

        Assert.Same(mine, sp.GetRequiredService<IReplyLinter>());
        var check = sp.GetRequiredService<IReplyAssistant>().CheckDraft("你好", sp.GetRequiredService<ConversationFactory>().Start("c-1"));
        Assert.Contains(check.Lint.Findings, f => f.RuleId == "X001");

        var log = new[] { new ChatMessage("c1", ChatRole.Agent, "小王", "您好,已为您发货", new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.FromHours(8))) };
        var agent = Assert.Single(InsightReport.Create(sp.GetRequiredService<IQualityInspector>().Inspect(log)).Agents);
        Assert.Equal(1L, agent.FindingsByRule["X001"]);
        Assert.Equal(1L, agent.FlaggedReplies);

        // The rewriter needs ReplyLinter internals: with a foreign IReplyLinter it keeps the built-in linter.
        var rewriter = Assert.IsType<PhraseRewriter>(sp.GetRequiredService<IPhraseRewriter>());
        Assert.Same(sp.GetRequiredService<ReplyLinter>(), rewriter.Linter);
    }

    [Fact]
    public void UserReplyLinter_ThatIsAReplyLinter_IsWhatTheRewriterRewritesWith()
    {
        var mine = new ReplyLinter(new LintOptions { DisabledRules = ["CSE005"] });
        using var sp = Build(s => s.AddSingleton<IReplyLinter>(mine));

        var rewriter = Assert.IsType<PhraseRewriter>(sp.GetRequiredService<IPhraseRewriter>());
        Assert.Same(mine, rewriter.Linter);
        // 你 → 您 (CSE005) is disabled in the user's linter, so the rewriter leaves it; the built-in linter would fix it.
        Assert.DoesNotContain(rewriter.Rewrite("你好,已为您发货").Edits, e => e.RuleId == "CSE005");
        Assert.Contains(new PhraseRewriter(sp.GetRequiredService<ReplyLinter>()).Rewrite("你好,已为您发货").Edits, e => e.RuleId == "CSE005");
    }
}
