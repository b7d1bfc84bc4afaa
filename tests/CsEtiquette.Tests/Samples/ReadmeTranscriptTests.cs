using CsEtiquette.Samples.ChatConsole;
using Spectre.Console;

namespace CsEtiquette.Tests.Samples;

/// <summary>
/// The README's chat-assistant transcript (<c>./build.sh demo</c>) is what the code prints: the ChatConsole demo is run
/// and compared line by line with the <c>text</c> block under "Reply assistant: a whole complaint" in README.md.
/// </summary>
/// <remarks>
/// When the demo changes on purpose, regenerate the block with
/// <c>CSE_UPDATE_README=1 dotnet test tests/CsEtiquette.Tests --filter FullyQualifiedName~ReadmeTranscript</c>
/// and review the README diff.
/// </remarks>
public sealed class ReadmeTranscriptTests
{
    private const string Heading = "### Reply assistant: a whole complaint";

    [Fact]
    public void ReadmeTranscript_IsTheChatConsoleDemosOutput()
    {
        var readmePath = Path.Combine(Templates.DefaultPackTests.RepoRoot(), "README.md");
        var readme = File.ReadAllText(readmePath).ReplaceLineEndings("\n");
        var (start, end) = TranscriptBlock(readme);
        var documented = readme[start..end].Split('\n');

        var demo = RunDemo();
        if (Environment.GetEnvironmentVariable("CSE_UPDATE_README") == "1")
        {
            File.WriteAllText(readmePath, readme[..start] + string.Join('\n', demo) + readme[end..]);
            return;
        }

        Assert.True(demo.Length > 40, "the demo printed " + demo.Length + " lines");
        for (var i = 0; i < Math.Max(documented.Length, demo.Length); i++)
        {
            var want = i < documented.Length ? documented[i] : "<end of README block>";
            var got = i < demo.Length ? demo[i] : "<end of demo output>";
            Assert.True(want == got, $"README.md transcript line {i + 1} differs from the demo:\nREADME: {want}\ndemo:   {got}\n(regenerate: CSE_UPDATE_README=1, see {nameof(ReadmeTranscriptTests)})");
        }
    }

    [Fact]
    public void TranscriptBlock_IsFoundUnderItsHeading()
    {
        var (start, end) = TranscriptBlock("intro\n" + Heading + " (x)\n\ntext\n\n```text\nline 1\nline 2\n```\n\n```text\nother\n```\n");
        var text = ("intro\n" + Heading + " (x)\n\ntext\n\n```text\nline 1\nline 2\n```\n\n```text\nother\n```\n")[start..end];
        Assert.Equal("line 1\nline 2", text);
        Assert.Throws<InvalidOperationException>(() => TranscriptBlock("no heading here"));
    }

    /// <summary>The range of the first <c>```text</c> block's lines after the heading (without the fences and the last newline).</summary>
    private static (int Start, int End) TranscriptBlock(string readme)
    {
        var heading = readme.IndexOf(Heading, StringComparison.Ordinal);
        if (heading < 0)
        {
            throw new InvalidOperationException("README.md has no heading '" + Heading + "'.");
        }

        var fence = readme.IndexOf("\n```text\n", heading, StringComparison.Ordinal);
        if (fence < 0)
        {
            throw new InvalidOperationException("No ```text block after '" + Heading + "'.");
        }

        var start = fence + "\n```text\n".Length;
        var end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return end < 0 ? throw new InvalidOperationException("The ```text block is not closed.") : (start, end);
    }

    private static string[] RunDemo()
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 1000;
        Assert.Equal(0, ChatConsoleApp.Run(["--demo"], TextReader.Null, console));
        var lines = writer.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        return [.. lines.Select(l => l.TrimEnd())];
    }
}
