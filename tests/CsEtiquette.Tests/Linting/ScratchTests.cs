using CsEtiquette.Linting;
using CsEtiquette.Rewriting;
using Xunit.Abstractions;

namespace CsEtiquette.Tests.Linting;

public sealed class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Dump()
    {
        var path = Environment.GetEnvironmentVariable("CSE_SCRATCH");
        if (path is null) return;
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0) continue;
            var ctx = new RewriteContext { IsComplaint = line.StartsWith('!'), Slots = new Dictionary<string, string> { ["替代商品"] = "XX款" } };
            var text = line.TrimStart('!');
            var report = ReplyLinter.Default.Lint(text, ctx.ToLintContext());
            output.WriteLine($"## {text}");
            foreach (var f in report.Findings)
                output.WriteLine($"   {f.RuleId} [{f.Start},{f.Length}] '{f.MatchedText}' auto={f.AutomaticFix} fixes={string.Join(" | ", f.Fixes)}");
            var rw = PhraseRewriter.Default.Rewrite(text, line.StartsWith('!') ? ctx : RewriteContext.Default);
            output.WriteLine($"   => {rw.Text}");
        }
    }
}
