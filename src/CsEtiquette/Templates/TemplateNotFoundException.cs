namespace CsEtiquette.Templates;

/// <summary>No template has the requested id. The message lists close matches (by edit distance and prefix).</summary>
public sealed class TemplateNotFoundException : KeyNotFoundException
{
    /// <summary>Creates the exception for an unknown id and its suggestions.</summary>
    /// <param name="templateId">The id that was asked for.</param>
    /// <param name="suggestions">Known ids close to it, best first (may be empty).</param>
    public TemplateNotFoundException(string templateId, IReadOnlyList<string> suggestions)
        : base(BuildMessage(templateId, suggestions))
    {
        TemplateId = templateId;
        Suggestions = suggestions;
    }

    /// <summary>Creates the exception with a custom message.</summary>
    /// <param name="message">The message.</param>
    public TemplateNotFoundException(string message)
        : base(message)
    {
        TemplateId = string.Empty;
        Suggestions = [];
    }

    /// <summary>Creates the exception with a custom message and inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TemplateNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        TemplateId = string.Empty;
        Suggestions = [];
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public TemplateNotFoundException()
        : this("Unknown template.")
    {
    }

    /// <summary>The id that was asked for.</summary>
    public string TemplateId { get; }

    /// <summary>Known ids close to <see cref="TemplateId"/>, best first; empty when nothing is close.</summary>
    public IReadOnlyList<string> Suggestions { get; }

    private static string BuildMessage(string templateId, IReadOnlyList<string> suggestions)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        ArgumentNullException.ThrowIfNull(suggestions);
        return suggestions.Count == 0
            ? $"Unknown template '{templateId}'. List the known ids with TemplateLibrary.Templates or `cse template list`."
            : $"Unknown template '{templateId}'. Did you mean: {string.Join(", ", suggestions)}?";
    }
}
