using System.Reflection;

namespace CsEtiquette;

/// <summary>
/// Facts about the installed CsEtiquette package. Thread-safe: every member is immutable.
/// </summary>
public static class EtiquetteInfo
{
    /// <summary>
    /// The informational version of the CsEtiquette assembly (for example <c>0.1.0</c>), never empty.
    /// </summary>
    public static string Version { get; } =
        (typeof(EtiquetteInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(EtiquetteInfo).Assembly.GetName().Version?.ToString()
            ?? "0.0.0").Split('+')[0];
}
