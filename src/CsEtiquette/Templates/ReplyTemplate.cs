using System.Collections.ObjectModel;
using CsEtiquette.Internal;

namespace CsEtiquette.Templates;

/// <summary>
/// One reply template from a pack: a scenario (共情:商品破损, 开场问候 …), its slots, and several
/// variants of the same reply so that conversations do not sound mechanical (避免机械话术).
/// </summary>
/// <remarks>Immutable and thread-safe; the variants are parsed once, when the pack is loaded.</remarks>
public sealed class ReplyTemplate
{
    /// <summary>
    /// The automatic slot filled from <see cref="RenderContext.Now"/> with 早上, 上午, 中午, 下午 or 晚上.
    /// Packs use it without declaring it.
    /// </summary>
    public const string TimeOfDaySlotName = "时段";

    private readonly string?[] _packDefaults;

    internal ReplyTemplate(
        string id,
        string scenario,
        string description,
        TemplateSlot[] slots,
        string?[] declaredDefaults,
        bool[] usedWithoutInlineDefault,
        string[] variantSources,
        CompiledVariant[] variants,
        string source)
    {
        Id = id;
        Scenario = scenario;
        Description = description;
        SlotTable = slots;
        DeclaredDefaults = declaredDefaults;
        UsedWithoutInlineDefault = usedWithoutInlineDefault;
        VariantSources = variantSources;
        CompiledVariants = variants;
        Source = source;
        IdHash = Fnv1a.Hash64(id);
        _packDefaults = new string?[slots.Length];
        Slots = new ReadOnlyCollection<TemplateSlot>(slots);
        Variants = new ReadOnlyCollection<string>(variantSources);
    }

    /// <summary>The stable id, e.g. <c>empathy.damaged-item</c>.</summary>
    public string Id { get; }

    /// <summary>The scenario in Chinese, e.g. <c>共情:商品破损</c>.</summary>
    public string Scenario { get; }

    /// <summary>When to use the template (may be empty for user packs).</summary>
    public string Description { get; }

    /// <summary>The slots in declaration order; the automatic <c>{时段}</c> slot comes last when used.</summary>
    public IReadOnlyList<TemplateSlot> Slots { get; }

    /// <summary>The variants' source text (with <c>{slot}</c> markers), in pack order.</summary>
    public IReadOnlyList<string> Variants { get; }

    /// <summary>The pack the template came from (file path or <c>embedded:templates.zh-CN.json</c>).</summary>
    public string Source { get; }

    internal TemplateSlot[] SlotTable { get; }

    internal string?[] DeclaredDefaults { get; }

    internal bool[] UsedWithoutInlineDefault { get; }

    internal string[] VariantSources { get; }

    internal CompiledVariant[] CompiledVariants { get; }

    internal ulong IdHash { get; }

    /// <summary>Effective default per slot (pack slotDefaults, else declared default).</summary>
    internal string?[] EffectiveDefaults => _packDefaults;

    /// <summary>A copy whose slot defaults and required flags reflect a library's merged <c>slotDefaults</c>.</summary>
    internal ReplyTemplate WithPackDefaults(IReadOnlyDictionary<string, string> packDefaults)
    {
        var slots = new TemplateSlot[SlotTable.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var s = SlotTable[i];
            var effective = s.IsAutomatic
                ? null
                : packDefaults.TryGetValue(s.Name, out var d) && !string.IsNullOrWhiteSpace(d) ? d : DeclaredDefaults[i];
            slots[i] = s with
            {
                Default = effective,
                IsRequired = !s.IsAutomatic && effective is null && UsedWithoutInlineDefault[i],
            };
        }

        var copy = new ReplyTemplate(Id, Scenario, Description, slots, DeclaredDefaults, UsedWithoutInlineDefault, VariantSources, CompiledVariants, Source);
        for (var i = 0; i < slots.Length; i++)
        {
            copy._packDefaults[i] = slots[i].Default;
        }

        return copy;
    }

    /// <summary>Returns the id.</summary>
    /// <returns><see cref="Id"/>.</returns>
    public override string ToString() => Id;
}
