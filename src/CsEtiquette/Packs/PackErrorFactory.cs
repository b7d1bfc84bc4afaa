namespace CsEtiquette.Packs;

/// <summary>Creates a loader's own pack exception (<c>RulePackException</c>, <c>TemplatePackException</c>, …).</summary>
/// <param name="source">The file path or <c>embedded:&lt;name&gt;</c>.</param>
/// <param name="jsonPath">The JSON path of the problem.</param>
/// <param name="problem">What is wrong.</param>
/// <param name="inner">The underlying error, if any.</param>
internal delegate EtiquettePackException PackErrorFactory(string source, string jsonPath, string problem, Exception? inner);
