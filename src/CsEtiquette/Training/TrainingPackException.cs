namespace CsEtiquette.Training;

/// <summary>A training pack that cannot be used: the message names the pack source and the JSON path of the problem.</summary>
public sealed class TrainingPackException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TrainingPackException(string packSource, string jsonPath, string problem, Exception? inner = null)
        : base($"{packSource}: {jsonPath}: {problem}", inner)
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
