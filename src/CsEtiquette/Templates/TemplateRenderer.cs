namespace CsEtiquette.Templates;

/// <summary>
/// Renders reply templates (话术模板) from a <see cref="TemplateLibrary"/>: fills slots, names the time of
/// day from the clock, picks a variant that does not repeat the previous turn's (避免机械话术), adapts the
/// text to the channel, and composes choice offers, structured steps and paraphrases.
/// </summary>
/// <remarks>
/// <para>Stateless and thread-safe; create one per library/options and share it (register as a singleton).</para>
/// <para>Slot values are looked up in this order: the caller's <c>slots</c>, <see cref="TemplateOptions.SlotDefaults"/>,
/// the library's pack-wide <c>slotDefaults</c>, the template's own <c>default</c>, and finally an inline
/// default written in the text (<c>{slot|默认值}</c>). Blank values count as absent. Values are inserted
/// verbatim and never parsed again, so the output never contains an unfilled <c>{slot}</c>. Slots the
/// template does not use are ignored.</para>
/// <para>Rendering allocates only the result string (one <c>string.Create</c>): slot values are resolved into a
/// stack buffer (templates with more than 16 slots allocate one small array), and looking them up through the
/// dictionary interface does not allocate for <see cref="Dictionary{TKey, TValue}"/> or frozen dictionaries.
/// Passing a null context allocates one <see cref="RenderContext"/> from the clock.</para>
/// </remarks>
public sealed class TemplateRenderer : ITemplateRenderer
{
    private const string ChoicesSlot = "选项";
    private const string ChoiceCountSlot = "方案数";
    private const string StepsSlot = "步骤";
    private const string RequestSlot = "诉求";

    private static readonly Lazy<TemplateRenderer> LazyDefault = new(() => new TemplateRenderer(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly TimeProvider _timeProvider;

    /// <summary>Creates a renderer.</summary>
    /// <param name="library">The templates; <see cref="TemplateLibrary.Default"/> when null.</param>
    /// <param name="options">Speaking rate and fallback slot values; defaults when null.</param>
    /// <param name="timeProvider">The clock used when a render has no context; <see cref="TimeProvider.System"/> when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    public TemplateRenderer(TemplateLibrary? library = null, TemplateOptions? options = null, TimeProvider? timeProvider = null)
    {
        Options = options ?? new TemplateOptions();
        Options.Validate();
        Library = library ?? TemplateLibrary.Default;
        _timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>A renderer over <see cref="TemplateLibrary.Default"/> with default options and the system clock; created once, thread-safe.</summary>
    public static TemplateRenderer Default => LazyDefault.Value;

    /// <inheritdoc />
    public TemplateLibrary Library { get; }

    /// <summary>The options this renderer was created with.</summary>
    public TemplateOptions Options { get; }

    /// <summary>
    /// Renders the template <paramref name="templateId"/>: slots filled, <c>{时段}</c> named from
    /// <see cref="RenderContext.Now"/>, the variant chosen by (seed, turn) unless <see cref="RenderContext.Variant"/>
    /// forces one, and on the voice channel "~" and emoticons removed and the speaking time estimated.
    /// </summary>
    /// <param name="templateId">The template id, e.g. <c>greeting.time-of-day</c>.</param>
    /// <param name="slots">Slot values by name; null for none. Blank values count as absent; unused names are ignored.</param>
    /// <param name="context">Clock, channel, seed and turn; null means now (from this renderer's clock), text, seed 0, turn 0.</param>
    /// <returns>The reply with its template id, variant index and (voice) speaking time.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="templateId"/> is null.</exception>
    /// <exception cref="TemplateNotFoundException">No template has the id (the message lists close matches).</exception>
    /// <exception cref="TemplateRenderException">Required slots have no value (the message names the template and every missing slot).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><see cref="RenderContext.Variant"/> is not a variant of the template.</exception>
    public RenderedReply Render(string templateId, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null)
    {
        ArgumentNullException.ThrowIfNull(templateId);
        if (!Library.TryGet(templateId, out var template))
        {
            throw new TemplateNotFoundException(templateId, Library.SuggestIds(templateId));
        }

        context ??= RenderContext.FromClock(_timeProvider);
        var table = template.SlotTable;
        var buffer = default(SlotValueBuffer);
        Span<string?> values = table.Length <= SlotValueBuffer.Capacity ? buffer[..table.Length] : new string?[table.Length];
        if (!Resolve(template, slots, context, values))
        {
            throw MissingSlots(template, values);
        }

        var variantIndex = ChooseVariant(template, context);
        var variant = template.CompiledVariants[variantIndex];
        var voice = context.Channel == ReplyChannel.Voice;

        var length = voice ? variant.VoiceLiteralLength : variant.TextLiteralLength;
        foreach (var part in variant.Parts)
        {
            if (part.IsSlot)
            {
                var value = values[part.SlotIndex] ?? part.InlineDefault!;
                length += voice ? VoiceFilter.FilteredLength(value) : value.Length;
            }
        }

        var text = string.Create(length, new WriteState(variant, values, voice), static (span, state) =>
        {
            var at = 0;
            foreach (var part in state.Variant.Parts)
            {
                if (!part.IsSlot)
                {
                    var literal = state.Voice ? part.Voice! : part.Text!;
                    literal.AsSpan().CopyTo(span[at..]);
                    at += literal.Length;
                    continue;
                }

                var value = state.Values[part.SlotIndex] ?? part.InlineDefault!;
                if (state.Voice)
                {
                    at += VoiceFilter.CopyFiltered(value, span[at..]);
                }
                else
                {
                    value.AsSpan().CopyTo(span[at..]);
                    at += value.Length;
                }
            }
        });

        TimeSpan? speaking = voice ? TimeSpan.FromTicks(VoiceFilter.CountSpoken(text) * TimeSpan.TicksPerMinute / Options.VoiceCharactersPerMinute) : null;
        return new RenderedReply(text, template.Id, variantIndex, context.Channel, speaking);
    }

    /// <summary>
    /// Renders the <c>choice.offer</c> template (提供选择) with 2–3 enumerated options:
    /// "关于您的订单问题,目前有两种处理方式:一是为您办理退货退款,二是为您补发一件新的商品,预计3天内到达。您更倾向于哪种方式呢?".
    /// </summary>
    /// <param name="options">2 or 3 distinct options, e.g. "为您办理退货退款".</param>
    /// <param name="slots">Extra slots, e.g. <c>事项</c> (what the choice is about); null for none.</param>
    /// <param name="context">The render context; null for now, text, seed 0, turn 0.</param>
    /// <returns>The rendered reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or an option is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 or more than 3 options, an empty option, or a repeated option.</exception>
    /// <exception cref="TemplateNotFoundException">The library has no <c>choice.offer</c> template.</exception>
    public RenderedReply RenderChoices(IReadOnlyList<string> options, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null)
    {
        var enumeration = ReplyFragments.Choices(options);
        var merged = Merge(slots, ChoicesSlot, enumeration);
        merged[ChoiceCountSlot] = ReplyFragments.ChoiceCount(options.Count);
        return Render(TemplateIds.ChoiceOffer, merged, context);
    }

    /// <summary>
    /// Renders the <c>steps.structured</c> template (分点说明) with 2–4 steps joined by 首先/其次/(再者)/另外.
    /// </summary>
    /// <param name="steps">The steps in order.</param>
    /// <param name="slots">Extra slots, e.g. <c>事项</c>; null for none.</param>
    /// <param name="context">The render context; null for now, text, seed 0, turn 0.</param>
    /// <returns>The rendered reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or a step is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 or more than 4 steps, or an empty step.</exception>
    /// <exception cref="TemplateNotFoundException">The library has no <c>steps.structured</c> template.</exception>
    public RenderedReply RenderSteps(IReadOnlyList<string> steps, IReadOnlyDictionary<string, string>? slots = null, RenderContext? context = null)
    {
        var structured = ReplyFragments.Steps(steps);
        return Render(TemplateIds.StepsStructured, Merge(slots, StepsSlot, structured), context);
    }

    /// <summary>
    /// Renders the <c>confirm.paraphrase</c> template (复述确认) from the customer's own words, with the
    /// perspective turned round (<see cref="ReplyFragments.ParaphrasePredicate"/>):
    /// "我想把颜色换成蓝色" → "您的意思是想把颜色换成蓝色,对吗?".
    /// </summary>
    /// <param name="customerWords">The customer's request in their words.</param>
    /// <param name="context">The render context; null for now, text, seed 0, turn 0.</param>
    /// <returns>The rendered reply.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerWords"/> is null.</exception>
    /// <exception cref="ArgumentException">Nothing is left of the words after trimming.</exception>
    /// <exception cref="TemplateNotFoundException">The library has no <c>confirm.paraphrase</c> template.</exception>
    public RenderedReply RenderParaphrase(string customerWords, RenderContext? context = null)
    {
        var predicate = ReplyFragments.ParaphrasePredicate(customerWords);
        return Render(TemplateIds.ConfirmParaphrase, Merge(null, RequestSlot, predicate), context);
    }

    private bool Resolve(ReplyTemplate template, IReadOnlyDictionary<string, string>? slots, RenderContext context, Span<string?> values)
    {
        var table = template.SlotTable;
        var defaults = template.EffectiveDefaults;
        var complete = true;
        for (var i = 0; i < table.Length; i++)
        {
            var slot = table[i];
            if (slot.IsAutomatic)
            {
                values[i] = context.TimeOfDay.ToChinese();
                continue;
            }

            string? value;
            if (slots is not null && slots.TryGetValue(slot.Name, out var given) && !string.IsNullOrWhiteSpace(given))
            {
                value = given;
            }
            else if (Options.SlotDefaults.TryGetValue(slot.Name, out var optional) && !string.IsNullOrWhiteSpace(optional))
            {
                value = optional;
            }
            else
            {
                value = defaults[i];
            }

            values[i] = value;
            if (value is null && slot.IsRequired)
            {
                complete = false;
            }
        }

        return complete;
    }

    private static TemplateRenderException MissingSlots(ReplyTemplate template, ReadOnlySpan<string?> values)
    {
        var missing = new List<string>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is null && template.SlotTable[i].IsRequired)
            {
                missing.Add(template.SlotTable[i].Name);
            }
        }

        return new TemplateRenderException(template.Id, missing);
    }

    private static int ChooseVariant(ReplyTemplate template, RenderContext context)
    {
        var count = template.CompiledVariants.Length;
        if (context.Variant is { } forced)
        {
            if (forced >= count)
            {
                throw new ArgumentOutOfRangeException(nameof(context), forced, $"Template '{template.Id}' has {count} variant(s) (0–{count - 1}); RenderContext.Variant {forced} does not exist.");
            }

            return forced;
        }

        return VariantSelector.Select(context.Seed, template.IdHash, context.Turn, count);
    }

    private static Dictionary<string, string> Merge(IReadOnlyDictionary<string, string>? slots, string name, string value)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        if (slots is not null)
        {
            foreach (var (k, v) in slots)
            {
                merged[k] = v;
            }
        }

        merged[name] = value;
        return merged;
    }

    private readonly ref struct WriteState(CompiledVariant variant, Span<string?> values, bool voice)
    {
        public CompiledVariant Variant { get; } = variant;

        public Span<string?> Values { get; } = values;

        public bool Voice { get; } = voice;
    }
}
