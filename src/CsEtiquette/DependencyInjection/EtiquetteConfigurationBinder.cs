using System.Collections.Immutable;
using System.Globalization;
using CsEtiquette.Assistant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Binds a configuration section (e.g. <c>"CsEtiquette"</c> of <c>appsettings.json</c>) onto the per-feature options
/// (<see cref="EtiquettePackOptions"/> from <c>Packs</c>, <see cref="EtiquetteLintingOptions"/> from <c>Linting</c>,
/// <see cref="EtiquetteAssistantOptions"/> from <c>Assistant</c>, <see cref="EtiquetteComplaintOptions"/> from
/// <c>Complaints</c>) without reflection (AOT-safe) and strictly: an unknown key or a value of the wrong kind is not
/// skipped but recorded with its configuration path and reported by validation, so a typo stops the host at start. As
/// <see cref="IConfigureOptions{EtiquetteOptions}"/> it checks the section's top-level keys (a key of the flat layout
/// before the sub-sections is named with its new place).
/// </summary>
internal sealed class EtiquetteConfigurationBinder(IConfiguration section) :
    IConfigureOptions<EtiquetteOptions>,
    IConfigureOptions<EtiquettePackOptions>,
    IConfigureOptions<EtiquetteLintingOptions>,
    IConfigureOptions<EtiquetteAssistantOptions>,
    IConfigureOptions<EtiquetteComplaintOptions>
{
    private static readonly string[] Known =
    [
        EtiquettePackOptions.SectionName, EtiquetteLintingOptions.SectionName, EtiquetteAssistantOptions.SectionName,
        EtiquetteComplaintOptions.SectionName,
    ];

    // The flat layout of the first #18 sessions, and where each key lives now.
    private static readonly (string Old, string New)[] Moved =
    [
        (nameof(EtiquetteOptions.AgentName), "Assistant:AgentName"), (nameof(EtiquetteOptions.Policy), "Assistant:Policy"),
        (nameof(EtiquetteOptions.UserDictionaryPath), "Packs:UserDictionary"), (nameof(EtiquetteOptions.RulePackPaths), "Packs:Rules"),
        (nameof(EtiquetteOptions.TemplatePackPaths), "Packs:Templates"), (nameof(EtiquetteOptions.ReloadPacksOnChange), "Packs:ReloadOnChange"),
        (nameof(EtiquetteOptions.DisabledRules), "Linting:DisabledRules"), (nameof(EtiquetteOptions.FollowUpWindow), "Complaints:FollowUpWindow"),
    ];

    private static readonly string[] KnownPacks =
    [
        nameof(EtiquettePackOptions.UserDictionary), nameof(EtiquettePackOptions.Rules), nameof(EtiquettePackOptions.Templates),
        nameof(EtiquettePackOptions.ReloadOnChange),
    ];

    private static readonly string[] KnownLinting = [nameof(EtiquetteLintingOptions.DisabledRules)];

    private static readonly string[] KnownAssistant =
        [nameof(EtiquetteAssistantOptions.AgentName), nameof(EtiquetteAssistantOptions.Policy), nameof(EtiquetteAssistantOptions.TurnWindow)];

    private static readonly string[] KnownComplaints = [nameof(EtiquetteComplaintOptions.FollowUpWindow)];

    private static readonly string[] KnownPolicy =
    [
        nameof(ShopPolicy.AfterSalesPeriod), nameof(ShopPolicy.DeliveryTime), nameof(ShopPolicy.RefundTime),
        nameof(ShopPolicy.ProcessingTime), nameof(ShopPolicy.LookupTime), nameof(ShopPolicy.Compensation), nameof(ShopPolicy.SolutionOptions),
        nameof(ShopPolicy.DeliveryDelayOptions),
    ];

    /// <summary>The configuration path of the section (e.g. <c>CsEtiquette</c>): the prefix of every validation message.</summary>
    public string Path => section is IConfigurationSection s ? s.Path : string.Empty;

    public void Configure(EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var child in section.GetChildren())
        {
            if (IsKnown(child.Key, Known))
            {
                continue;
            }

            var moved = Array.Find(Moved, m => string.Equals(m.Old, child.Key, StringComparison.OrdinalIgnoreCase));
            options.ConfigurationErrors.Add(moved.New is not null
                ? $"{PathOf(child)} has moved to {Prefix(section)}{moved.New}."
                : $"{PathOf(child)} is not a CsEtiquette setting; known sub-sections: {string.Join(", ", Known)}.");
        }
    }

    public void Configure(EtiquettePackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var packs = section.GetSection(EtiquettePackOptions.SectionName);
        var errors = options.ConfigurationErrors;
        CheckKeys(packs, KnownPacks, "EtiquettePackOptions", errors);
        if (packs[nameof(EtiquettePackOptions.UserDictionary)] is { } dict)
        {
            options.UserDictionary = dict.Length == 0 ? null : dict;
        }

        ReplaceList(packs.GetSection(nameof(EtiquettePackOptions.Rules)), options.Rules, errors);
        ReplaceList(packs.GetSection(nameof(EtiquettePackOptions.Templates)), options.Templates, errors);
        var reload = packs.GetSection(nameof(EtiquettePackOptions.ReloadOnChange));
        if (reload.Value is { } r)
        {
            if (bool.TryParse(r, out var b))
            {
                options.ReloadOnChange = b;
            }
            else
            {
                errors.Add($"{PathOf(reload)} must be true or false, not '{r}'.");
            }
        }
    }

    public void Configure(EtiquetteLintingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var linting = section.GetSection(EtiquetteLintingOptions.SectionName);
        CheckKeys(linting, KnownLinting, "EtiquetteLintingOptions", options.ConfigurationErrors);
        ReplaceList(linting.GetSection(nameof(EtiquetteLintingOptions.DisabledRules)), options.DisabledRules, options.ConfigurationErrors);
    }

    public void Configure(EtiquetteAssistantOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var assistant = section.GetSection(EtiquetteAssistantOptions.SectionName);
        CheckKeys(assistant, KnownAssistant, "EtiquetteAssistantOptions", options.ConfigurationErrors);
        if (assistant[nameof(EtiquetteAssistantOptions.AgentName)] is { } agent)
        {
            options.AgentName = agent;
        }

        var window = assistant.GetSection(nameof(EtiquetteAssistantOptions.TurnWindow));
        if (window.Value is { } w)
        {
            if (int.TryParse(w, NumberStyles.Integer, CultureInfo.InvariantCulture, out var turns))
            {
                options.TurnWindow = turns;
            }
            else
            {
                options.ConfigurationErrors.Add($"{PathOf(window)} must be a whole number of turns, not '{w}'.");
            }
        }

        var policy = assistant.GetSection(nameof(EtiquetteAssistantOptions.Policy));
        if (policy.Exists())
        {
            options.Policy = BindPolicy(policy, options.Policy ?? ShopPolicy.Default, options.ConfigurationErrors);
        }
    }

    public void Configure(EtiquetteComplaintOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var complaints = section.GetSection(EtiquetteComplaintOptions.SectionName);
        CheckKeys(complaints, KnownComplaints, "EtiquetteComplaintOptions", options.ConfigurationErrors);
        if (TimeSpanOf(complaints.GetSection(nameof(EtiquetteComplaintOptions.FollowUpWindow)), options.ConfigurationErrors) is { } window)
        {
            options.FollowUpWindow = window;
        }
    }

    /// <summary><paramref name="section"/>'s path followed by <c>:</c>, or empty for the configuration root.</summary>
    internal static string Prefix(IConfiguration section) => section is IConfigurationSection { Path.Length: > 0 } s ? s.Path + ":" : string.Empty;

    private static void CheckKeys(IConfigurationSection section, string[] known, string type, List<string> errors)
    {
        foreach (var child in section.GetChildren())
        {
            if (!IsKnown(child.Key, known))
            {
                errors.Add($"{PathOf(child)} is not an {type} setting; known: {string.Join(", ", known)}.");
            }
        }
    }

    private static ShopPolicy BindPolicy(IConfigurationSection section, ShopPolicy policy, List<string> errors)
    {
        foreach (var child in section.GetChildren())
        {
            if (!IsKnown(child.Key, KnownPolicy))
            {
                errors.Add($"{PathOf(child)} is not a ShopPolicy setting; known: {string.Join(", ", KnownPolicy)}.");
            }
        }

        if (TimeSpanOf(section.GetSection(nameof(ShopPolicy.AfterSalesPeriod)), errors) is { } period)
        {
            policy = policy with { AfterSalesPeriod = period };
        }

        if (section[nameof(ShopPolicy.DeliveryTime)] is { } delivery)
        {
            policy = policy with { DeliveryTime = delivery };
        }

        if (section[nameof(ShopPolicy.RefundTime)] is { } refund)
        {
            policy = policy with { RefundTime = refund };
        }

        if (section[nameof(ShopPolicy.ProcessingTime)] is { } processing)
        {
            policy = policy with { ProcessingTime = processing };
        }

        if (section[nameof(ShopPolicy.LookupTime)] is { } lookup)
        {
            policy = policy with { LookupTime = lookup };
        }

        if (section.GetSection(nameof(ShopPolicy.Compensation)) is { } compensation && compensation.Exists())
        {
            policy = policy with { Compensation = string.IsNullOrEmpty(compensation.Value) ? null : compensation.Value };
        }

        if (ArrayOf(section.GetSection(nameof(ShopPolicy.SolutionOptions)), errors) is { } solutions)
        {
            policy = policy with { SolutionOptions = solutions };
        }

        if (ArrayOf(section.GetSection(nameof(ShopPolicy.DeliveryDelayOptions)), errors) is { } delay)
        {
            policy = policy with { DeliveryDelayOptions = delay };
        }

        return policy;
    }

    private static ImmutableArray<string>? ArrayOf(IConfigurationSection section, List<string> errors)
    {
        if (!section.Exists())
        {
            return null;
        }

        var items = new List<string>();
        ReplaceList(section, items, errors);
        return [.. items];
    }

    // A configuration array is a section whose children are keyed 0, 1, 2, …; a plain string is one item.
    private static void ReplaceList(IConfigurationSection section, IList<string> target, List<string> errors)
    {
        if (!section.Exists())
        {
            return;
        }

        target.Clear();
        if (section.Value is { } single)
        {
            // An empty JSON array reads as an empty value.
            if (single.Length > 0)
            {
                target.Add(single);
            }

            return;
        }

        var items = new SortedList<int, string>();
        foreach (var child in section.GetChildren())
        {
            if (!int.TryParse(child.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                errors.Add($"{PathOf(child)}: {PathOf(section)} must be a list of strings.");
                continue;
            }

            if (child.Value is null)
            {
                errors.Add($"{PathOf(child)} must be a string, not an object or list.");
                continue;
            }

            items[index] = child.Value;
        }

        foreach (var item in items.Values)
        {
            target.Add(item);
        }
    }

    private static TimeSpan? TimeSpanOf(IConfigurationSection section, List<string> errors)
    {
        if (section.Value is not { } text)
        {
            return null;
        }

        if (TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add($"{PathOf(section)} must be a time span such as \"1.00:00:00\" (1 day) or \"12:00:00\" (12 hours), not '{text}'.");
        return null;
    }

    private static bool IsKnown(string key, string[] known)
    {
        foreach (var k in known)
        {
            if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static string PathOf(IConfigurationSection section) => section.Path;
}
