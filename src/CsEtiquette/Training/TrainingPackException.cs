namespace CsEtiquette.Training;

/// <summary>A training pack that cannot be used: the message names the pack source and the JSON path of the problem.</summary>
public sealed class TrainingPackException : EtiquettePackException
{
    /// <summary>Creates the exception; the message is <c>source: JSON path: problem</c>.</summary>
    /// <param name="source">The file path of the pack, or <c>embedded:&lt;name&gt;</c>.</param>
    /// <param name="jsonPath">The JSON path of the offending value (<c>$</c> for the whole document).</param>
    /// <param name="problem">What is wrong.</param>
    /// <param name="innerException">The underlying error, if any.</param>
    public TrainingPackException(string source, string jsonPath, string problem, Exception? innerException = null)
        : base(source, jsonPath, problem, innerException)
    {
    }
}
