using CsEtiquette.Linting;
using Microsoft.Extensions.Options;

namespace CsEtiquette.DependencyInjection;

// The IValidateOptions<T> of the per-feature options. Every message starts with the configuration path of the value
// (prefix = the bound section's path, "CsEtiquette:" for the Action<EtiquetteOptions> overload), e.g.
// "CsEtiquette:Linting:DisabledRules[2]: unknown rule id 'CSE999'", so the message names the key to fix in appsettings.json.
// The bounds are EtiquetteOptions' (each fact once).

/// <summary>Validates <see cref="EtiquettePackOptions"/>: every path exists (pack contents are loaded, once, by the <see cref="EtiquetteOptions"/> validation).</summary>
internal sealed class EtiquettePackOptionsValidator(string prefix) : IValidateOptions<EtiquettePackOptions>
{
    public ValidateOptionsResult Validate(string? name, EtiquettePackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>(options.ConfigurationErrors);
        var at = prefix + EtiquettePackOptions.SectionName + ":";
        if (options.UserDictionary is { } dict && !File.Exists(dict))
        {
            errors.Add($"{at}{nameof(EtiquettePackOptions.UserDictionary)}: file not found '{dict}'.");
        }

        CheckPaths(options.Rules, at + nameof(EtiquettePackOptions.Rules), errors);
        CheckPaths(options.Templates, at + nameof(EtiquettePackOptions.Templates), errors);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void CheckPaths(IList<string> paths, string key, List<string> errors)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(paths[i]))
            {
                errors.Add($"{key}[{i}] must not be blank.");
            }
            else if (!File.Exists(paths[i]))
            {
                errors.Add($"{key}[{i}]: file not found '{paths[i]}'.");
            }
        }
    }
}

/// <summary>Validates <see cref="EtiquetteLintingOptions"/>: each disabled rule id is not blank and is the id of an embedded rule or of a rule in a configured rule pack.</summary>
internal sealed class EtiquetteLintingOptionsValidator(string prefix, IOptionsFactory<EtiquettePackOptions> packs) : IValidateOptions<EtiquetteLintingOptions>
{
    public ValidateOptionsResult Validate(string? name, EtiquetteLintingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>(options.ConfigurationErrors);
        var key = prefix + EtiquetteLintingOptions.SectionName + ":" + nameof(EtiquetteLintingOptions.DisabledRules);
        var known = options.DisabledRules.Count == 0 ? null : KnownRuleIds(name);
        for (var i = 0; i < options.DisabledRules.Count; i++)
        {
            var id = options.DisabledRules[i];
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add($"{key}[{i}] must not be blank.");
            }
            else if (known is not null && !known.Contains(id))
            {
                errors.Add($"{key}[{i}]: unknown rule id '{id}' (known: {string.Join(", ", known)}).");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    // The ids of the embedded packs and of the configured rule packs; null (no check) when a rule pack is missing or
    // broken, since that is reported under CsEtiquette:Packs:Rules and the id may be in it.
    private SortedSet<string>? KnownRuleIds(string? name)
    {
        var known = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in ReplyLinter.Default.Rules)
        {
            known.Add(rule.Id);
        }

        try
        {
            foreach (var path in packs.Create(name ?? Options.DefaultName).Rules)
            {
                foreach (var rule in RulePack.Load(path).Rules)
                {
                    known.Add(rule.Id);
                }
            }
        }
        catch (Exception e) when (e is OptionsValidationException or RulePackException or IOException or UnauthorizedAccessException)
        {
            return null;
        }

        return known;
    }
}

/// <summary>Validates <see cref="EtiquetteAssistantOptions"/>: the agent name is not blank and the policy is valid.</summary>
internal sealed class EtiquetteAssistantOptionsValidator(string prefix) : IValidateOptions<EtiquetteAssistantOptions>
{
    public ValidateOptionsResult Validate(string? name, EtiquetteAssistantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>(options.ConfigurationErrors);
        var at = prefix + EtiquetteAssistantOptions.SectionName + ":";
        if (string.IsNullOrWhiteSpace(options.AgentName))
        {
            errors.Add($"{at}{nameof(EtiquetteAssistantOptions.AgentName)} must not be blank (it fills the {{客服名}} slot of greetings).");
        }

        if (options.TurnWindow is < Assistant.Conversation.MinTurnWindow or > Assistant.Conversation.MaxTurnWindow)
        {
            errors.Add($"{at}{nameof(EtiquetteAssistantOptions.TurnWindow)} must be between {Assistant.Conversation.MinTurnWindow} and {Assistant.Conversation.MaxTurnWindow}, not {options.TurnWindow}.");
        }

        if (options.Policy is null)
        {
            errors.Add($"{at}{nameof(EtiquetteAssistantOptions.Policy)} must not be null.");
        }
        else
        {
            foreach (var problem in options.Policy.Validate())
            {
                errors.Add($"{at}{nameof(EtiquetteAssistantOptions.Policy)}: {problem}");
            }
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

/// <summary>Validates <see cref="EtiquetteComplaintOptions"/>: the follow-up window is within its bounds.</summary>
internal sealed class EtiquetteComplaintOptionsValidator(string prefix) : IValidateOptions<EtiquetteComplaintOptions>
{
    public ValidateOptionsResult Validate(string? name, EtiquetteComplaintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>(options.ConfigurationErrors);
        if (options.FollowUpWindow < EtiquetteOptions.MinFollowUpWindow || options.FollowUpWindow > EtiquetteOptions.MaxFollowUpWindow)
        {
            errors.Add($"{prefix}{EtiquetteComplaintOptions.SectionName}:{nameof(EtiquetteComplaintOptions.FollowUpWindow)} must be between 1 minute and 30 days, not {options.FollowUpWindow}.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
