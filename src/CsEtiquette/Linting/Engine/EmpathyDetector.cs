using System.Globalization;
using CsEtiquette.Templates;

namespace CsEtiquette.Linting.Engine;

/// <summary>
/// CSE009: the conversation is a complaint or the customer is upset, but the reply has no apology or
/// empathy word (markers <c>empathy</c>). The fix inserts an empathy sentence at the start, chosen by
/// emotion: from the template library (<c>settings.templates.&lt;key&gt;</c> = <c>template-id</c> or
/// <c>template-id#variant</c>, rendered with <see cref="TemplateRenderer.Default"/>) or from the pack's own
/// <c>settings.sentences.&lt;key&gt;</c>; key = the emotion (<c>Angry</c>, <c>Anxious</c>, …), then
/// <c>complaint</c>, then <c>default</c>. Templates are rendered once, when the linter is built.
/// </summary>
internal sealed class EmpathyDetector : RuleDetector
{
    private readonly Dictionary<string, string> _text = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _voice = new(StringComparer.Ordinal);

    public EmpathyDetector(RuleDefinition rule, int ruleIndex)
        : base(rule, ruleIndex)
    {
        var settings = rule.Settings;
        var rulePath = rule.Origin[(rule.Origin.IndexOf(": ", StringComparison.Ordinal) + 2)..];
        if (!rule.Markers.ContainsKey("empathy"))
        {
            throw new RulePackException(settings.Source, rulePath + ".markers.empathy", "the empathy detector needs an 'empathy' marker list");
        }

        foreach (var (name, value) in settings.Strings)
        {
            if (name.StartsWith("sentences.", StringComparison.Ordinal))
            {
                var key = name["sentences.".Length..];
                _text.TryAdd(key, value);
                _voice.TryAdd(key, value.Replace("~", "。", StringComparison.Ordinal));
            }
        }

        foreach (var (name, value) in settings.Strings)
        {
            if (name.StartsWith("templates.", StringComparison.Ordinal))
            {
                // A template wins over a sentence with the same key.
                var key = name["templates.".Length..];
                _text[key] = Render(value, ReplyChannel.Text, settings, name);
                _voice[key] = Render(value, ReplyChannel.Voice, settings, name);
            }
        }

        if (!_text.ContainsKey("default"))
        {
            throw new RulePackException(settings.Source, $"{settings.JsonPath}.sentences.default", "the empathy detector needs a default sentence (settings.sentences.default or settings.templates.default)");
        }
    }

    private static string Render(string spec, ReplyChannel channel, RuleSettings settings, string name)
    {
        var hash = spec.IndexOf('#', StringComparison.Ordinal);
        var id = hash < 0 ? spec : spec[..hash];
        var variant = 0;
        if (hash >= 0 && !int.TryParse(spec.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out variant))
        {
            throw new RulePackException(settings.Source, $"{settings.JsonPath}.{name}", $"expected 'template-id' or 'template-id#variant', not '{spec}'");
        }

        try
        {
            return TemplateRenderer.Default.Render(id, null, new RenderContext(DateTimeOffset.UnixEpoch) { Channel = channel, Variant = variant }).Text;
        }
        catch (Exception ex) when (ex is TemplateNotFoundException or TemplateRenderException or ArgumentOutOfRangeException)
        {
            throw new RulePackException(settings.Source, $"{settings.JsonPath}.{name}", $"template '{spec}' cannot be rendered: {ex.Message}", ex);
        }
    }

    /// <summary>The sentence inserted for a given context.</summary>
    public string SentenceFor(LintContext context)
    {
        var table = context.Channel == ReplyChannel.Voice ? _voice : _text;
        if (context.CustomerEmotion != CustomerEmotion.Unknown && table.TryGetValue(context.CustomerEmotion.ToString(), out var byEmotion))
        {
            return byEmotion;
        }

        return context.IsComplaint && table.TryGetValue("complaint", out var c) ? c : table["default"];
    }

    /// <inheritdoc />
    public override bool MayFire(string text, LintContext context, int stepMarkers) => context.IsComplaint || context.IsCustomerUpset;

    public override void Detect(ref LintRun run)
    {
        if (!run.Context.IsComplaint && !run.Context.IsCustomerUpset)
        {
            return;
        }

        if (run.HasMarker(RuleIndex, "empathy", Rule.IgnoreQuoted))
        {
            return;
        }

        var sentence = SentenceFor(run.Context);
        run.Add(Rule, 0, 0, [sentence], sentence);
    }
}
