namespace CsEtiquette.Insights;

/// <summary>
/// A conversation-rule or scorecard pack that cannot be used; the message is <c>source: JSON path: problem</c>.
/// </summary>
public sealed class InspectionPackException : EtiquettePackException
{
    /// <summary>Creates the exception.</summary>
    public InspectionPackException()
        : this("(unknown)", "$", "invalid pack")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public InspectionPackException(string message)
        : this("(unknown)", "$", message)
    {
    }

    /// <summary>Creates the exception with a plain message and its cause.</summary>
    public InspectionPackException(string message, Exception innerException)
        : this("(unknown)", "$", message, innerException)
    {
    }

    /// <summary>Creates the exception naming the pack, the JSON path and the problem.</summary>
    public InspectionPackException(string packSource, string jsonPath, string problem, Exception? innerException = null)
        : base(packSource, jsonPath, problem, innerException)
    {
    }
}
