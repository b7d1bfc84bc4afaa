namespace CsEtiquette.Complaints;

/// <summary>
/// Thrown by <see cref="ComplaintSaveResult.EnsureSaved"/> when a write was rejected (a stale version, a duplicate
/// id, or a missing case). <see cref="Result"/> holds the case currently stored.
/// </summary>
public sealed class ComplaintConcurrencyException : Exception
{
    /// <summary>Creates the exception.</summary>
    public ComplaintConcurrencyException()
        : base("The complaint case was not saved.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem.</param>
    public ComplaintConcurrencyException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The problem.</param>
    /// <param name="innerException">The underlying error.</param>
    public ComplaintConcurrencyException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from a rejected result.</summary>
    /// <param name="result">The rejected write.</param>
    public ComplaintConcurrencyException(ComplaintSaveResult result)
        : base(result?.Message ?? "The complaint case was not saved.")
    {
        Result = result;
    }

    /// <summary>The rejected write, or null when the exception was created without one.</summary>
    public ComplaintSaveResult? Result { get; }
}
