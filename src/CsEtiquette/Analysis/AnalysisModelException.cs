namespace CsEtiquette.Analysis;

/// <summary>
/// An analysis model file (<see cref="AnalysisModel.Load(string)"/>) cannot be used: wrong magic, an unsupported
/// format or feature version, a truncated or corrupt body (checksum), or label names that are not ours. The message
/// names the file, the place in it and the problem, e.g. <c>my-model.bin: $.header.formatVersion: format version 9
/// is not supported (this library reads 1)</c>.
/// </summary>
public sealed class AnalysisModelException : EtiquettePackException
{
    /// <summary>Creates the exception naming the model file, the place in it and the problem.</summary>
    /// <param name="source">File path or resource name.</param>
    /// <param name="place">Where in the file, e.g. <c>$.header.magic</c>.</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying I/O error, if any.</param>
    public AnalysisModelException(string source, string place, string problem, Exception? innerException = null)
        : base(source, place, problem, innerException)
    {
    }
}
