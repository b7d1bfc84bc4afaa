namespace CsEtiquette.Training;

/// <summary>A training pack that cannot be used: the message names the pack source and the JSON path of the problem.</summary>
public sealed class TrainingPackException : EtiquettePackException
{
    /// <summary>Creates the exception.</summary>
    public TrainingPackException(string packSource, string jsonPath, string problem, Exception? inner = null)
        : base(packSource, jsonPath, problem, inner)
    {
    }
}
