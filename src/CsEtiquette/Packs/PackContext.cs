namespace CsEtiquette.Packs;

/// <summary>The pack being read: its source name and how its loader names its errors.</summary>
internal sealed class PackContext(string source, PackErrorFactory error)
{
    public string Source { get; } = source;

    public EtiquettePackException Error(string jsonPath, string problem, Exception? inner = null) => error(Source, jsonPath, problem, inner);
}
