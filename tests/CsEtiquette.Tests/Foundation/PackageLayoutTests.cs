using System.Xml.Linq;

namespace CsEtiquette.Tests.Foundation;

/// <summary>Every packable project ships its own short README and gets SourceLink (#13.4).</summary>
public sealed class PackageLayoutTests
{
    public static TheoryData<string> PackableProjects()
    {
        var data = new TheoryData<string>();
        var src = Path.Combine(Templates.DefaultPackTests.RepoRoot(), "src");
        foreach (var csproj in Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            if (XDocument.Load(csproj).Descendants("IsPackable").Any(e => e.Value.Trim() == "true"))
            {
                data.Add(Path.GetRelativePath(src, csproj));
            }
        }

        return data;
    }

    [Fact]
    public void EveryShippedPackage_IsFound() => Assert.True(PackableProjects().Count >= 8);

    [Theory]
    [MemberData(nameof(PackableProjects))]
    public void Package_PacksItsOwnReadme_WithAHeadingAndAnExample(string project)
    {
        var src = Path.Combine(Templates.DefaultPackTests.RepoRoot(), "src");
        var csproj = Path.Combine(src, project);
        var packed = XDocument.Load(csproj).Descendants("None")
            .Where(e => (string?)e.Attribute("Pack") == "true" && ((string?)e.Attribute("Include"))?.EndsWith("README.md", StringComparison.Ordinal) == true)
            .Select(e => (string)e.Attribute("Include")!)
            .ToList();
        Assert.Equal(["README.md"], packed); // the package's own README beside the csproj, not the 36 KB repository README

        var readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(csproj)!, "README.md"));
        var name = Path.GetFileNameWithoutExtension(project);
        Assert.StartsWith($"# {name}", readme, StringComparison.Ordinal);
        Assert.InRange(readme.Length, 300, 6000);
        Assert.Contains("```", readme, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(PackableProjects))]
    public void Package_HasPublicApiBaselines_WithNullableTracking(string project)
    {
        var dir = Path.GetDirectoryName(Path.Combine(Templates.DefaultPackTests.RepoRoot(), "src", project))!;
        foreach (var name in new[] { "PublicAPI.Shipped.txt", "PublicAPI.Unshipped.txt" })
        {
            var path = Path.Combine(dir, name);
            Assert.True(File.Exists(path), $"{project}: {name} is missing (run eng/update-public-api.sh)");
            Assert.Equal("#nullable enable", File.ReadLines(path).First());
        }
    }

    [Fact]
    public void SourceLink_IsReferencedForPackableProjects_InDirectoryBuildProps()
    {
        var props = XDocument.Load(Path.Combine(Templates.DefaultPackTests.RepoRoot(), "Directory.Build.props"));
        var group = props.Descendants("ItemGroup").Single(g => g.Descendants("PackageReference")
            .Any(r => (string?)r.Attribute("Include") == "Microsoft.SourceLink.GitHub"));
        Assert.Equal("'$(IsPackable)' == 'true'", (string?)group.Attribute("Condition"));
    }
}
