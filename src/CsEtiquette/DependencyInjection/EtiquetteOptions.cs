using CsEtiquette.Assistant;

namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Options of <c>AddCsEtiquette</c>:
/// the agent persona, a jieba user dictionary, extra rule and template packs (brand voice, shop policy), rules to
/// switch off, the complaint follow-up window and the shop policy. Mutable while configuring; validated when
/// <c>AddCsEtiquette</c> runs (file paths, ranges) and when the services are first resolved (pack contents, rule ids).
/// Not thread-safe while being changed; the registered services use a copy.
/// </summary>
public sealed class EtiquetteOptions
{
    /// <summary>The agent's name as customers see it (客服名, e.g. <c>小美</c>): fills the <c>{客服名}</c> slot of every
    /// template. Default <c>小美</c>; must not be blank.</summary>
    public string AgentName { get; set; } = "小美";

    /// <summary>Path of a jieba user dictionary (<c>word [freq] [tag]</c> per line) with shop words such as product
    /// names, loaded into a copy of the default lexicon; null (default) uses the default segmenter. The file must exist.</summary>
    public string? UserDictionaryPath { get; set; }

    /// <summary>Paths of extra rule packs (JSON, schema in docs/rule-pack-schema.md), applied in order after the
    /// embedded pack: a rule with an existing id replaces it. Each file must exist.</summary>
    public IList<string> RulePackPaths { get; } = new List<string>();

    /// <summary>Paths of extra template packs (JSON, schema in docs/template-pack-schema.md), laid over the embedded
    /// pack in order: a template with an existing id replaces it. Each file must exist.</summary>
    public IList<string> TemplatePackPaths { get; } = new List<string>();

    /// <summary>Rule ids never checked (e.g. <c>CSE012</c>). Each must look like a rule id; unknown ids fail at first resolve.</summary>
    public ISet<string> DisabledRules { get; } = new SortedSet<string>(StringComparer.Ordinal);

    /// <summary>How long after a complaint is resolved the follow-up is due (问题解决后24小时内回访). Default 24 hours;
    /// must be between 1 minute and 30 days.</summary>
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The shop policy new conversations use by default (see <see cref="ConversationFactory"/>); default
    /// <see cref="ShopPolicy.Default"/>. Must be valid.</summary>
    public ShopPolicy Policy { get; set; } = ShopPolicy.Default;

    /// <summary>How many turns a conversation started by <see cref="ConversationFactory"/> keeps in full
    /// (<see cref="Conversation.TurnWindow"/>); default <see cref="Conversation.DefaultTurnWindow"/>;
    /// <see cref="Conversation.MinTurnWindow"/> – <see cref="Conversation.MaxTurnWindow"/>.</summary>
    public int TurnWindow { get; set; } = Conversation.DefaultTurnWindow;

    /// <summary>When true, the reply linter, phrase rewriter and template renderer registered by <c>AddCsEtiquette</c>
    /// follow <c>IOptionsMonitor&lt;EtiquetteOptions&gt;</c>: a changed configuration (e.g. <c>appsettings.json</c> with
    /// <c>reloadOnChange</c>) loads the rule and template packs again, and the new packs take effect for the next
    /// message only when every pack loads; a pack that fails is logged and the previous packs stay in use. Default
    /// false (the services are built once).</summary>
    public bool ReloadPacksOnChange { get; set; }

    /// <summary>Problems found while binding configuration (an unknown key, a value that is not a time span); reported by validation.</summary>
    internal List<string> ConfigurationErrors { get; } = [];

    /// <summary>Failures of the per-feature options these options were composed from (each names its configuration
    /// path); reported by the feature's own validation, and by <see cref="Validate"/>.</summary>
    internal List<string> FeatureErrors { get; } = [];

    /// <summary>The configuration path prefix (e.g. <c>CsEtiquette:</c>) used to name packs that fail to load; null names
    /// the property (<c>EtiquetteOptions.RulePackPaths</c>).</summary>
    internal string? PathPrefix { get; set; }

    internal static TimeSpan MinFollowUpWindow => TimeSpan.FromMinutes(1);

    internal static TimeSpan MaxFollowUpWindow => TimeSpan.FromDays(30);

    /// <summary>Checks every option without touching the packs' contents.</summary>
    /// <returns>One message per problem, each naming the option (e.g. <c>EtiquetteOptions.AgentName must not be blank.</c>); empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>(FeatureErrors);
        errors.AddRange(ConfigurationErrors);
        if (string.IsNullOrWhiteSpace(AgentName))
        {
            errors.Add("EtiquetteOptions.AgentName must not be blank (it fills the {客服名} slot of greetings).");
        }

        if (UserDictionaryPath is not null && !File.Exists(UserDictionaryPath))
        {
            errors.Add($"EtiquetteOptions.UserDictionaryPath: the file '{UserDictionaryPath}' does not exist.");
        }

        CheckPaths(RulePackPaths, nameof(RulePackPaths), errors);
        CheckPaths(TemplatePackPaths, nameof(TemplatePackPaths), errors);

        foreach (var id in DisabledRules)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                errors.Add("EtiquetteOptions.DisabledRules must not contain a blank rule id.");
            }
        }

        if (FollowUpWindow < MinFollowUpWindow || FollowUpWindow > MaxFollowUpWindow)
        {
            errors.Add($"EtiquetteOptions.FollowUpWindow must be between 1 minute and 30 days, not {FollowUpWindow}.");
        }

        if (TurnWindow is < Conversation.MinTurnWindow or > Conversation.MaxTurnWindow)
        {
            errors.Add($"EtiquetteOptions.TurnWindow must be between {Conversation.MinTurnWindow} and {Conversation.MaxTurnWindow}, not {TurnWindow}.");
        }

        if (Policy is null)
        {
            errors.Add("EtiquetteOptions.Policy must not be null.");
        }
        else
        {
            foreach (var problem in Policy.Validate())
            {
                errors.Add("EtiquetteOptions.Policy: " + problem);
            }
        }

        return errors;
    }

    /// <summary>A copy that later changes to this instance do not affect.</summary>
    /// <returns>The copy.</returns>
    internal EtiquetteOptions Clone()
    {
        var copy = new EtiquetteOptions();
        CopyTo(copy);
        return copy;
    }

    /// <summary>Copies every option onto <paramref name="copy"/> (collections are replaced, not merged).</summary>
    /// <param name="copy">The target.</param>
    internal void CopyTo(EtiquetteOptions copy)
    {
        copy.RulePackPaths.Clear();
        copy.TemplatePackPaths.Clear();
        copy.DisabledRules.Clear();
        copy.ConfigurationErrors.Clear();
        copy.ConfigurationErrors.AddRange(ConfigurationErrors);
        copy.FeatureErrors.Clear();
        copy.FeatureErrors.AddRange(FeatureErrors);
        copy.PathPrefix = PathPrefix;
        copy.ReloadPacksOnChange = ReloadPacksOnChange;
        CopyValues(copy);
    }

    private void CopyValues(EtiquetteOptions copy)
    {
        copy.AgentName = AgentName;
        copy.UserDictionaryPath = UserDictionaryPath;
        copy.FollowUpWindow = FollowUpWindow;
        copy.Policy = Policy;
        copy.TurnWindow = TurnWindow;
        foreach (var p in RulePackPaths)
        {
            copy.RulePackPaths.Add(p);
        }

        foreach (var p in TemplatePackPaths)
        {
            copy.TemplatePackPaths.Add(p);
        }

        foreach (var id in DisabledRules)
        {
            copy.DisabledRules.Add(id);
        }
    }

    private static void CheckPaths(IList<string> paths, string name, List<string> errors)
    {
        for (var i = 0; i < paths.Count; i++)
        {
            var path = paths[i];
            if (string.IsNullOrWhiteSpace(path))
            {
                errors.Add($"EtiquetteOptions.{name}[{i}] must not be blank.");
            }
            else if (!File.Exists(path))
            {
                errors.Add($"EtiquetteOptions.{name}[{i}]: the file '{path}' does not exist.");
            }
        }
    }
}
