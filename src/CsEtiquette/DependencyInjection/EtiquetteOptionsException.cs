namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Thrown by <c>AddCsEtiquette</c> (invalid option values) or on the first resolve of a service (a pack that cannot
/// be loaded, an unknown disabled rule): the message names the <see cref="EtiquetteOptions"/> property at fault;
/// <see cref="Exception.InnerException"/> holds the component's own exception when there is one.
/// </summary>
public sealed class EtiquetteOptionsException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    public EtiquetteOptionsException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message naming the option.</param>
    public EtiquetteOptionsException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the component's exception.</summary>
    /// <param name="message">The message naming the option.</param>
    /// <param name="innerException">The component's exception.</param>
    public EtiquetteOptionsException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The option at fault, e.g. <c>EtiquetteOptions.RulePackPaths</c>; null when several are.</summary>
    public string? OptionName { get; init; }
}
