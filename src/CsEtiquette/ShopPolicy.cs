using System.Collections.Immutable;
using System.Globalization;

namespace CsEtiquette;

/// <summary>
/// The shop's policy the assistant quotes in replies (平台规则/售后政策): after-sales period, delivery and refund
/// times, processing commitment, compensation and the 2–3 solution options offered for a complaint
/// (提供可选择的方案). Immutable and thread-safe; derive a variant with <c>with</c>. <see cref="Default"/> holds the
/// figures of the training seeds (补发预计3天到达, 全额退款1-3个工作日退回原账户, 24小时内处理).
/// </summary>
public sealed record ShopPolicy
{
    /// <summary>The fewest solution options offered for a complaint (提供2-3个可行的解决方案: never a single option).
    /// The one home of the bound: choice offers, <see cref="Complaints.ComplaintOptions"/> defaults and this policy's checks read it.</summary>
    public const int MinSolutionOptions = 2;

    /// <summary>The most solution options a choice offer enumerates (一是…二是…三是…).</summary>
    public const int MaxSolutionOptions = 3;

    /// <summary>The seeds' policy: 7-day after-sales period, 3-day delivery, 1-3 working-day refunds, 24-hour processing.</summary>
    public static ShopPolicy Default { get; } = new();

    /// <summary>How long after delivery returns and exchanges are accepted (售后期限). Default 7 days; must be positive.</summary>
    public TimeSpan AfterSalesPeriod { get; init; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long after delivery a no-reason return is accepted (七天无理由退货). Default 7 days; must be positive. A return
    /// without a quality problem after this window is out of policy (the assistant explains the rule and the alternatives).
    /// </summary>
    public TimeSpan ReturnWindow { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How long after delivery repairs are free (保修期); null when the shop gives no warranty. Must be positive when set.</summary>
    public TimeSpan? WarrantyPeriod { get; init; }

    /// <summary>How long a (re)shipment takes to arrive, as said to customers (物流时效), e.g. <c>3天</c>. Never blank.</summary>
    public string DeliveryTime { get; init; } = "3天";

    /// <summary>How long a refund takes to reach the customer's account (退款时效), e.g. <c>1-3个工作日</c>. Never blank.</summary>
    public string RefundTime { get; init; } = "1-3个工作日";

    /// <summary>The processing commitment (处理时限) used for the slot of the same name, e.g. <c>24小时</c>. Never blank.</summary>
    public string ProcessingTime { get; init; } = "24小时";

    /// <summary>
    /// How soon the customer hears back after the agent promises to look something up (查询答复时限: 我马上帮您查一下,
    /// {LookupTime}内回复您), e.g. <c>30分钟</c>; null (the default) uses <see cref="ProcessingTime"/>. Not blank when set.
    /// Every time node of a holding reply, and of the reply to a customer chasing it, comes from here.
    /// </summary>
    public string? LookupTime { get; init; }

    /// <summary><see cref="LookupTime"/>, or <see cref="ProcessingTime"/> when the shop sets none.</summary>
    internal string LookupTimeOrDefault => LookupTime ?? ProcessingTime;

    /// <summary>The compensation the shop may grant for a logistics problem (补偿), e.g. <c>运费补偿</c>; null when none.</summary>
    public string? Compensation { get; init; } = "运费补偿";

    /// <summary>
    /// The solution options offered for a complaint about goods, in order (2 or 3, distinct, not blank). Default:
    /// <c>为您补发一件新的商品，预计3天内到达</c> and <c>为您办理全额退款，款项将在1-3个工作日退回原账户</c>.
    /// </summary>
    public ImmutableArray<string> SolutionOptions { get; init; } =
        ["为您补发一件新的商品，预计3天内到达", "为您办理全额退款，款项将在1-3个工作日退回原账户"];

    /// <summary>
    /// The options offered when the complaint is about a late delivery (物流延迟), 2 or 3, distinct, not blank. Default:
    /// <c>为您催促快递优先派送，并为您申请运费补偿</c> and <c>为您办理全额退款，款项将在1-3个工作日退回原账户</c>.
    /// </summary>
    public ImmutableArray<string> DeliveryDelayOptions { get; init; } =
        ["为您催促快递优先派送，并为您申请运费补偿", "为您办理全额退款，款项将在1-3个工作日退回原账户"];

    /// <summary>The after-sales period in words for replies, e.g. <c>7天</c> or <c>36小时</c>.</summary>
    public string AfterSalesPeriodText => PeriodText(AfterSalesPeriod);

    /// <summary>The no-reason return window in words for replies, e.g. <c>7天</c>.</summary>
    public string ReturnWindowText => PeriodText(ReturnWindow);

    /// <summary>The slot that carries <see cref="ProcessingTime"/> in rule fixes and templates (<c>{处理时限}</c>).</summary>
    internal const string ProcessingTimeSlot = "处理时限";

    /// <summary>
    /// The shop facts as template/fix slot values (<c>处理时限</c> → <see cref="ProcessingTime"/>, <c>到账时间</c> →
    /// <see cref="RefundTime"/>): the one place the
    /// embedded rule and template packs take them from (the packs no longer repeat them).
    /// </summary>
    internal IEnumerable<KeyValuePair<string, string>> FactSlots()
    {
        yield return new(ProcessingTimeSlot, ProcessingTime);
        yield return new("到账时间", RefundTime);
    }

    internal static string PeriodText(TimeSpan period) =>
        period.Ticks % TimeSpan.TicksPerDay == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(long)period.TotalDays}天")
            : string.Create(CultureInfo.InvariantCulture, $"{(long)Math.Ceiling(period.TotalHours)}小时");

    /// <summary>Checks every setting.</summary>
    /// <returns>One message per problem, each naming the setting (e.g. <c>ShopPolicy.SolutionOptions must …</c>); empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (AfterSalesPeriod <= TimeSpan.Zero)
        {
            errors.Add($"ShopPolicy.AfterSalesPeriod must be positive, not {AfterSalesPeriod}.");
        }

        if (ReturnWindow <= TimeSpan.Zero)
        {
            errors.Add($"ShopPolicy.ReturnWindow must be positive, not {ReturnWindow}.");
        }

        if (WarrantyPeriod is { } warranty && warranty <= TimeSpan.Zero)
        {
            errors.Add($"ShopPolicy.WarrantyPeriod must be positive when set, not {warranty}.");
        }

        if (string.IsNullOrWhiteSpace(DeliveryTime))
        {
            errors.Add("ShopPolicy.DeliveryTime must not be blank.");
        }

        if (string.IsNullOrWhiteSpace(RefundTime))
        {
            errors.Add("ShopPolicy.RefundTime must not be blank.");
        }

        if (string.IsNullOrWhiteSpace(ProcessingTime))
        {
            errors.Add("ShopPolicy.ProcessingTime must not be blank.");
        }

        if (LookupTime is not null && string.IsNullOrWhiteSpace(LookupTime))
        {
            errors.Add("ShopPolicy.LookupTime must not be blank when set.");
        }

        CheckOptions(SolutionOptions, nameof(SolutionOptions), errors);
        CheckOptions(DeliveryDelayOptions, nameof(DeliveryDelayOptions), errors);
        return errors;
    }

    /// <summary>Throws when <see cref="Validate"/> reports a problem.</summary>
    /// <exception cref="ArgumentException">A setting is invalid; the message names each bad setting.</exception>
    public void EnsureValid()
    {
        var errors = Validate();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", errors));
        }
    }

    private static void CheckOptions(ImmutableArray<string> options, string name, List<string> errors)
    {
        if (options.IsDefault || options.Length is < MinSolutionOptions or > MaxSolutionOptions)
        {
            errors.Add($"ShopPolicy.{name} must hold {MinSolutionOptions} or {MaxSolutionOptions} options (提供2-3个可行的解决方案), not {(options.IsDefault ? 0 : options.Length)}.");
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Length; i++)
        {
            var option = options[i];
            if (string.IsNullOrWhiteSpace(option))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"ShopPolicy.{name}[{i}] must not be blank."));
            }
            else if (!seen.Add(option.Trim()))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"ShopPolicy.{name}[{i}] repeats an earlier option: \"{option}\"."));
            }
        }
    }
}
