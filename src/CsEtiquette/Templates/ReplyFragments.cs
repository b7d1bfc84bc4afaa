using System.Text;

namespace CsEtiquette.Templates;

/// <summary>
/// Builds the enumerated pieces of composed replies: 2–3 choices (一是…,二是…,三是…), structured steps
/// (首先…;其次…;另外…) and the customer's words turned into a paraphrase (我→您). The renderer puts them
/// into the <c>choice.offer</c>, <c>steps.structured</c> and <c>confirm.paraphrase</c> templates.
/// </summary>
/// <remarks>Pure functions; thread-safe.</remarks>
public static class ReplyFragments
{
    /// <summary>The fewest options a choice offer may have (提供选择: 2–3 个方案).</summary>
    public const int MinChoices = ShopPolicy.MinSolutionOptions;

    /// <summary>The most options a choice offer may have.</summary>
    public const int MaxChoices = ShopPolicy.MaxSolutionOptions;

    /// <summary>The fewest steps a structured reply may have.</summary>
    public const int MinSteps = 2;

    /// <summary>The most steps a structured reply may have.</summary>
    public const int MaxSteps = 4;

    private static readonly string[] ChoiceMarkers = ["一是", "二是", "三是"];
    private static readonly string[][] StepMarkers =
    [
        ["首先", "其次"],
        ["首先", "其次", "另外"],
        ["首先", "其次", "再者", "另外"],
    ];

    private static readonly char[] EdgePunctuation = [.. ",\uFF0C\u3002.;\uFF1B!\uFF01?\uFF1F\u3001:\uFF1A~\uFF5E \t\r\n"];
    private static readonly string[] Greetings = ["你好", "您好", "在吗", "在不在", "客服"];

    /// <summary>
    /// Enumerates 2–3 options: <c>一是为您办理退货退款,二是为您补发一件新的商品</c>. Each option is trimmed of
    /// surrounding punctuation; when any option contains a comma the options are separated by ";" instead.
    /// </summary>
    /// <param name="options">The options, in the order to offer them.</param>
    /// <returns>The enumeration, without final punctuation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or an option is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 or more than 3 options, an empty option, or two equal options.</exception>
    public static string Choices(IReadOnlyList<string> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count is < MinChoices or > MaxChoices)
        {
            throw new ArgumentException($"A choice offer needs {MinChoices}–{MaxChoices} options (提供2-3个方案), not {options.Count}.", nameof(options));
        }

        var cleaned = Clean(options, nameof(options), "option");
        var separator = AnyComma(cleaned) ? "\uFF1B" : "\uFF0C";
        var sb = new StringBuilder();
        for (var i = 0; i < cleaned.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(separator);
            }

            sb.Append(ChoiceMarkers[i]).Append(StripLeading(cleaned[i], ChoiceMarkers[i]));
        }

        return sb.ToString();
    }

    /// <summary>The count of options in Chinese as used in "目前有两种处理方式": 两 or 三.</summary>
    /// <param name="count">2 or 3.</param>
    /// <returns>两 or 三.</returns>
    /// <exception cref="ArgumentOutOfRangeException">Not 2 or 3.</exception>
    public static string ChoiceCount(int count) => count switch
    {
        2 => "两",
        3 => "三",
        _ => throw new ArgumentOutOfRangeException(nameof(count), count, "A choice offer has 2 or 3 options."),
    };

    /// <summary>
    /// Enumerates 2–4 steps with connectors (2: 首先/其次; 3: 首先/其次/另外; 4: 首先/其次/再者/另外):
    /// <c>首先,请您提供订单号;其次,拍摄商品破损处的照片;另外,保留好外包装</c>. A connector the step already
    /// starts with is not repeated.
    /// </summary>
    /// <param name="steps">The steps, in order.</param>
    /// <returns>The structured text, without final punctuation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="steps"/> or a step is null.</exception>
    /// <exception cref="ArgumentException">Fewer than 2 or more than 4 steps, or an empty step.</exception>
    public static string Steps(IReadOnlyList<string> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        if (steps.Count is < MinSteps or > MaxSteps)
        {
            throw new ArgumentException($"A structured reply needs {MinSteps}–{MaxSteps} steps, not {steps.Count}.", nameof(steps));
        }

        var cleaned = Clean(steps, nameof(steps), "step");
        var markers = StepMarkers[cleaned.Length - MinSteps];
        var sb = new StringBuilder();
        for (var i = 0; i < cleaned.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('\uFF1B');
            }

            var step = cleaned[i];
            foreach (var known in StepMarkers[^1])
            {
                step = StripLeading(step, known);
            }

            sb.Append(markers[i]).Append('\uFF0C').Append(step);
        }

        return sb.ToString();
    }

    /// <summary>
    /// Turns a customer's own words into the predicate of a paraphrase (复述确认): drops a leading greeting
    /// (你好/您好/在吗) and surrounding punctuation, swaps perspective (我/我们 → 您; 你/您/你们 → 我/我们;
    /// 迷你 untouched) and drops the leading 您 the templates already supply.
    /// <c>我想把颜色换成蓝色!</c> → <c>想把颜色换成蓝色</c>, ready for "您的意思是{诉求},对吗?".
    /// </summary>
    /// <param name="customerWords">What the customer asked for, in their words.</param>
    /// <returns>The paraphrase predicate; never empty.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="customerWords"/> is null.</exception>
    /// <exception cref="ArgumentException">Nothing is left after trimming.</exception>
    public static string ParaphrasePredicate(string customerWords)
    {
        ArgumentNullException.ThrowIfNull(customerWords);
        var text = customerWords.Trim(EdgePunctuation);
        foreach (var greeting in Greetings)
        {
            if (text.StartsWith(greeting, StringComparison.Ordinal))
            {
                text = text[greeting.Length..].TrimStart(EdgePunctuation);
            }
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var rest = text.AsSpan(i);
            if (rest.StartsWith("迷你"))
            {
                sb.Append("迷你");
                i++;
            }
            else if (rest.StartsWith("我们"))
            {
                sb.Append('您');
                i++;
            }
            else if (rest.StartsWith("你们") || rest.StartsWith("您们"))
            {
                sb.Append("我们");
                i++;
            }
            else if (text[i] == '我')
            {
                sb.Append('您');
            }
            else if (text[i] is '你' or '您')
            {
                sb.Append('我');
            }
            else
            {
                sb.Append(text[i]);
            }
        }

        var result = sb.ToString().Trim(EdgePunctuation);
        if (result.StartsWith('您') && result.Length > 1 && result[1] != '的')
        {
            result = result[1..];
        }

        if (result.Length == 0)
        {
            throw new ArgumentException("The customer's words are empty once greetings and punctuation are removed.", nameof(customerWords));
        }

        return result;
    }

    private static string[] Clean(IReadOnlyList<string> items, string paramName, string what)
    {
        var cleaned = new string[items.Count];
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i] ?? throw new ArgumentNullException(paramName, $"{what} {i + 1} is null.");
            var c = item.Trim(EdgePunctuation);
            if (c.Length == 0)
            {
                throw new ArgumentException($"{what} {i + 1} is empty.", paramName);
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(cleaned[j], c, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"{what} {i + 1} repeats {what} {j + 1} ('{c}'); offer distinct {what}s.", paramName);
                }
            }

            cleaned[i] = c;
        }

        return cleaned;
    }

    private static bool AnyComma(string[] items)
    {
        foreach (var s in items)
        {
            if (s.Contains(',', StringComparison.Ordinal) || s.Contains('\uFF0C', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string StripLeading(string text, string marker) =>
        text.StartsWith(marker, StringComparison.Ordinal) && text.Length > marker.Length
            ? text[marker.Length..].TrimStart(EdgePunctuation)
            : text;
}
