using CsEtiquette.Internal;

namespace CsEtiquette.Tests.Foundation;

public sealed class Fnv1aTests
{
    // Reference vectors of FNV-1a (ASCII text: UTF-16 code units equal the bytes).
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL, 0x811c9dc5u)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL, 0xe40c292cu)]
    [InlineData("foobar", 0x85944171f73967e8UL, 0xbf9cf968u)]
    public void Hash_MatchesTheReferenceVectors(string text, ulong expected64, uint expected32)
    {
        Assert.Equal(expected64, Fnv1a.Hash64(text));
        Assert.Equal(expected32, Fnv1a.Hash32(text));
    }

    [Fact]
    public void Hash_IsOverCodeUnits_SoCjkAndSurrogatesHashStably()
    {
        Assert.Equal(Fnv1a.Hash64("工单7"), Fnv1a.Hash64("工单7".AsSpan()));
        Assert.NotEqual(Fnv1a.Hash64("\uD83D\uDE00"), Fnv1a.Hash64("\uDE00\uD83D"));
    }

    [Fact]
    public void TheFnvConstants_AppearOnlyInTheHelper()
    {
        var root = Path.Combine(Templates.DefaultPackTests.RepoRoot(), "src");
        string[] constants = ["2166136261", "16777619", "0x811C9DC5", "14695981039346656037", "1099511628211"];
        var offenders = new List<string>();
        foreach (var file in Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || Path.GetFileName(file) == "Fnv1a.cs")
            {
                continue;
            }

            var text = File.ReadAllText(file);
            foreach (var c in constants)
            {
                if (text.Contains(c, StringComparison.OrdinalIgnoreCase))
                {
                    offenders.Add($"{Path.GetRelativePath(root, file)}: {c}");
                }
            }
        }

        Assert.Empty(offenders);
    }
}
