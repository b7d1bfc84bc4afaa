using System.Collections.Immutable;
using System.Globalization;
using CsEtiquette.Assistant;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Binds a configuration section (e.g. <c>"CsEtiquette"</c> of <c>appsettings.json</c>) onto <see cref="EtiquetteOptions"/>
/// without reflection (AOT-safe) and strictly: an unknown key or a value of the wrong kind is not skipped but
/// recorded with its configuration path and reported by validation, so a typo stops the host at start.
/// </summary>
internal sealed class EtiquetteConfigurationBinder(IConfiguration section) : IConfigureOptions<EtiquetteOptions>
{
    private static readonly string[] Known =
    [
        nameof(EtiquetteOptions.AgentName), nameof(EtiquetteOptions.UserDictionaryPath), nameof(EtiquetteOptions.RulePackPaths),
        nameof(EtiquetteOptions.TemplatePackPaths), nameof(EtiquetteOptions.DisabledRules), nameof(EtiquetteOptions.FollowUpWindow),
        nameof(EtiquetteOptions.ReloadPacksOnChange), nameof(EtiquetteOptions.Policy),
    ];

    private static readonly string[] KnownPolicy =
    [
        nameof(ShopPolicy.AfterSalesPeriod), nameof(ShopPolicy.DeliveryTime), nameof(ShopPolicy.RefundTime),
        nameof(ShopPolicy.ProcessingTime), nameof(ShopPolicy.LookupTime), nameof(ShopPolicy.Compensation), nameof(ShopPolicy.SolutionOptions),
        nameof(ShopPolicy.DeliveryDelayOptions),
    ];

    public void Configure(EtiquetteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Bind(section, options);
    }

    internal static void Bind(IConfiguration section, EtiquetteOptions options)
    {
        var errors = options.ConfigurationErrors;
        foreach (var child in section.GetChildren())
        {
            if (!IsKnown(child.Key, Known))
            {
                errors.Add($"{PathOf(child)} is not an EtiquetteOptions setting; known: {string.Join(", ", Known)}.");
            }
        }

        if (section[nameof(EtiquetteOptions.AgentName)] is { } agent)
        {
            options.AgentName = agent;
        }

        if (section[nameof(EtiquetteOptions.UserDictionaryPath)] is { } dict)
        {
            options.UserDictionaryPath = dict.Length == 0 ? null : dict;
        }

        ReplaceList(section.GetSection(nameof(EtiquetteOptions.RulePackPaths)), options.RulePackPaths, errors);
        ReplaceList(section.GetSection(nameof(EtiquetteOptions.TemplatePackPaths)), options.TemplatePackPaths, errors);
        var disabled = section.GetSection(nameof(EtiquetteOptions.DisabledRules));
        if (disabled.Exists())
        {
            var ids = new List<string>();
            ReplaceList(disabled, ids, errors);
            options.DisabledRules.Clear();
            foreach (var id in ids)
            {
                options.DisabledRules.Add(id);
            }
        }

        if (TimeSpanOf(section.GetSection(nameof(EtiquetteOptions.FollowUpWindow)), errors) is { } window)
        {
            options.FollowUpWindow = window;
        }

        var reload = section.GetSection(nameof(EtiquetteOptions.ReloadPacksOnChange));
        if (reload.Value is { } r)
        {
            if (bool.TryParse(r, out var b))
            {
                options.ReloadPacksOnChange = b;
            }
            else
            {
                errors.Add($"{PathOf(reload)} must be true or false, not '{r}'.");
            }
        }

        var policy = section.GetSection(nameof(EtiquetteOptions.Policy));
        if (policy.Exists())
        {
            options.Policy = BindPolicy(policy, options.Policy ?? ShopPolicy.Default, errors);
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
