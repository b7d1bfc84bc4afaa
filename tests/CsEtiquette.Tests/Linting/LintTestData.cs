namespace CsEtiquette.Tests.Linting;

/// <summary>Reads the linter catalogues in TestData/Linting (copied next to the test assembly).</summary>
internal static class LintTestData
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "TestData", "Linting", name);

    /// <summary>Non-empty, non-comment lines of a text catalogue.</summary>
    public static IEnumerable<string> Lines(string name) =>
        File.ReadLines(PathOf(name)).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>The replies that must not be flagged.</summary>
    public static IEnumerable<object[]> PoliteReplies() => Lines("polite-negatives.txt").Select(l => new object[] { l });

    /// <summary>(rule, draft, expected rewrite or "=") rows of flagged-catalogue.tsv.</summary>
    public static IEnumerable<object[]> FlaggedRows() =>
        Lines("flagged-catalogue.tsv").Select(l => l.Split('\t')).Select(p => new object[] { p[0], p[1], p.Length > 2 ? p[2] : "=" });

    /// <summary>The repository root (for docs checks), found by walking up to CsEtiquette.sln.</summary>
    public static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CsEtiquette.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("CsEtiquette.sln not found above the test directory.");
    }
}
