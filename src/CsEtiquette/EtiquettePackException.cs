namespace CsEtiquette;

/// <summary>
/// A data pack (training, knowledge, inspection, …) that cannot be used. The message is
/// <c>source: JSON path: problem</c>; catch this type to handle every pack error alike.
/// </summary>
public abstract class EtiquettePackException : Exception
{
    /// <summary>Creates the exception naming the pack, the JSON path and the problem.</summary>
    protected EtiquettePackException(string packSource, string jsonPath, string problem, Exception? innerException = null)
        : base($"{packSource}: {jsonPath}: {problem}", innerException)
    {
        PackSource = packSource;
        JsonPath = jsonPath;
        Problem = problem;
    }

    /// <summary>The file path or resource name of the pack.</summary>
    public string PackSource { get; }

    /// <summary>Where in the pack the problem is, e.g. <c>$.scenarios[2].turns[0].good</c>.</summary>
    public string JsonPath { get; }

    /// <summary>What is wrong there.</summary>
    public string Problem { get; }
}
