using System.Reflection;

namespace CsEtiquette.Tests.Foundation;

public sealed class EtiquetteInfoTests
{
    [Fact]
    public void Version_MatchesAssemblyInformationalVersion()
    {
        var expected = typeof(EtiquetteInfo).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];
        Assert.Equal(expected, EtiquetteInfo.Version);
        Assert.Matches(@"^\d+\.\d+\.\d+", EtiquetteInfo.Version);
    }

    [Fact]
    public void PublicTypes_AreSealedOrStaticOrAbstract_ByDefault()
    {
        // Small public surface: every public class is sealed, static or abstract (records and interfaces excepted).
        var open = typeof(EtiquetteInfo).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && !typeof(Delegate).IsAssignableFrom(t))
            .Select(t => t.FullName)
            .ToList();
        Assert.Empty(open);
    }
}
