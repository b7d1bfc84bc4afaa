namespace CsEtiquette.Linting.Engine;

/// <summary>
/// CSE006: more than <c>maxMarks</c> exclamation marks in a reply, or a run like "!!!". The first run is cut
/// to one mark; every later run becomes <c>textReplacement</c> ("~") in chat or <c>voiceReplacement</c> ("。").
/// </summary>
internal sealed class ExclamationDetector : RuleDetector
{
    private readonly int _maxMarks;
    private readonly string _text;
    private readonly string _voice;

    public ExclamationDetector(RuleDefinition rule, int ruleIndex)
        : base(rule, ruleIndex)
    {
        _maxMarks = rule.Settings.GetNumber("maxMarks", 1, 1, 100);
        _text = rule.Settings.GetString("textReplacement", "~");
        _voice = rule.Settings.GetString("voiceReplacement", "。");
    }

    private static bool IsMark(char c) => c is '!' or '！';

    /// <inheritdoc />
    public override bool MayFire(string text, LintContext context, int stepMarkers)
    {
        // Detect fires only for more than maxMarks (unquoted) marks or a run of adjacent marks; counting
        // every mark, quoted or not, is an upper bound.
        var span = text.AsSpan();
        var at = span.IndexOfAny('!', '！');
        var total = 0;
        while (at >= 0)
        {
            if (++total > _maxMarks || (at + 1 < span.Length && IsMark(span[at + 1])))
            {
                return true;
            }

            span = span[(at + 1)..];
            at = span.IndexOfAny('!', '！');
        }

        return false;
    }

    public override void Detect(ref LintRun run)
    {
        var text = run.Text.AsSpan();
        if (text.IndexOfAny('!', '！') < 0)
        {
            return;
        }

        var total = 0;
        var longRun = false;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsMark(text[i]) || (Rule.IgnoreQuoted && run.Layout.IsQuoted(i, i + 1)))
            {
                continue;
            }

            var j = i;
            while (j < text.Length && IsMark(text[j]))
            {
                j++;
            }

            total += j - i;
            longRun |= j - i > 1;
            i = j - 1;
        }

        if (total <= _maxMarks && !longRun)
        {
            return;
        }

        var later = run.Context.Channel == ReplyChannel.Voice ? _voice : _text;
        var seen = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!IsMark(text[i]) || (Rule.IgnoreQuoted && run.Layout.IsQuoted(i, i + 1)))
            {
                continue;
            }

            var j = i;
            while (j < text.Length && IsMark(text[j]))
            {
                j++;
            }

            seen++;
            if (seen <= _maxMarks)
            {
                if (j - i > 1)
                {
                    var one = text[i].ToString();
                    run.Add(Rule, i, j - i, [one], one);
                }
            }
            else
            {
                run.Add(Rule, i, j - i, [later], later);
            }

            i = j - 1;
        }
    }
}
