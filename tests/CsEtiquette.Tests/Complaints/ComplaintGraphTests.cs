using CsEtiquette.Complaints;
using CsEtiquette.Complaints.Graph;

namespace CsEtiquette.Tests.Complaints;

public sealed class ComplaintGraphTests
{
    private const string StartMarker = "<!-- complaint-diagram:start -->";
    private const string EndMarker = "<!-- complaint-diagram:end -->";

    private static readonly ComplaintTransitionTable Table = ComplaintTransitionTable.Default;

    /// <summary>The block that docs/complaints.md and README.md must hold between the markers.</summary>
    private static string ExpectedBlock => "```mermaid\n" + ComplaintMermaidGraph.Format(Table) + "```";

    [Fact]
    public void Mermaid_HasOneLinePerTableRow_PlusStartAndEnd()
    {
        var lines = ComplaintMermaidGraph.Format(Table).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("stateDiagram-v2", lines[0]);
        Assert.Equal("    [*] --> Opened", lines[1]);
        Assert.Equal("    Closed --> [*]", lines[^1]);
        Assert.Equal(Table.Transitions.Length + 3, lines.Length);
        foreach (var t in Table.Transitions)
        {
            Assert.Contains($"    {t.From} --> {t.To} : {t.Label}", lines);
        }

        Assert.Contains("    Resolved --> InformationVerified : FollowUp [not satisfied]", lines);
    }

    [Fact]
    public void Dot_HasOneEdgePerTableRow()
    {
        var dot = ComplaintDotGraph.Format(Table);
        Assert.StartsWith("digraph ComplaintWorkflow {\n", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
        foreach (var t in Table.Transitions)
        {
            Assert.Contains($"    \"{t.From}\" -> \"{t.To}\" [label=\"{t.Label}\"];\n", dot, StringComparison.Ordinal);
        }

        Assert.Equal(Table.Transitions.Length + 1, dot.Split(" -> ").Length - 1);
        Assert.Contains("\"Closed\" [peripheries=2];", dot, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_EveryStateIsReachable_AndOnlyClosedIsTerminal()
    {
        var reached = new HashSet<ComplaintState> { Table.InitialState };
        var changed = true;
        while (changed)
        {
            changed = false;
            foreach (var t in Table.Transitions)
            {
                if (reached.Contains(t.From) && reached.Add(t.To))
                {
                    changed = true;
                }
            }
        }

        Assert.Equal(Enum.GetValues<ComplaintState>().Order(), reached.Order());
        foreach (var s in Table.States)
        {
            Assert.Equal(s == ComplaintState.Closed, Table.PermittedTriggers(s).IsEmpty);
        }
    }

    [Fact]
    public void DocsComplaintsMd_HoldsTheGeneratedDiagram() => AssertBlockIsCurrent("docs/complaints.md");

    [Fact]
    public void ReadmeMd_HoldsTheGeneratedDiagram() => AssertBlockIsCurrent("README.md");

    private static void AssertBlockIsCurrent(string relativePath)
    {
        var path = Path.Combine(RepoRoot(), relativePath);
        Assert.True(File.Exists(path), $"{relativePath} is missing.");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var start = text.IndexOf(StartMarker, StringComparison.Ordinal);
        var end = text.IndexOf(EndMarker, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start,
            $"{relativePath} has no complaint diagram block. Paste this block (from docs/complaints.md, also printed by `cse complaint diagram`) into {relativePath}:\n{StartMarker}\n{ExpectedBlock}\n{EndMarker}");
        var actual = text[(start + StartMarker.Length)..end].Trim('\n', ' ');
        Assert.True(actual == ExpectedBlock,
            $"The complaint diagram in {relativePath} is stale: the transition table changed. Replace the text between the markers with:\n{ExpectedBlock}");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CsEtiquette.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"CsEtiquette.sln not found above {AppContext.BaseDirectory}.");
    }
}
