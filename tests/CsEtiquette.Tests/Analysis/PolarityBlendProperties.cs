using CsEtiquette.Analysis;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Analysis;

public sealed class PolarityBlendProperties
{
    private static readonly CustomerEmotion[] Labels =
        [CustomerEmotion.Neutral, CustomerEmotion.Satisfied, CustomerEmotion.Dissatisfied, CustomerEmotion.Disappointed, CustomerEmotion.Anxious, CustomerEmotion.Angry];

    private static Arbitrary<float[]> Logits(int n) =>
        Arb.From(Gen.Choose(-4000, 4000).Select(x => x / 1000f).ArrayOf(n));

    private static int ArgMax(ReadOnlySpan<float> x)
    {
        var best = 0;
        for (var k = 1; k < x.Length; k++)
        {
            best = x[k] > x[best] ? k : best;
        }

        return best;
    }

    [Property]
    public Property WeightZero_IsThePolarityHeadAlone() =>
        Prop.ForAll(Logits(3), Logits(6), Arb.From(Gen.Choose(0, 500)), (pol, emo, length) =>
        {
            Span<float> p = stackalloc float[3];
            var got = new PolarityBlend(0f, 0f, 8, 16).Decide(pol, emo, Labels, length, p);
            return got == ArgMax(pol) && MathF.Abs(p[0] + p[1] + p[2] - 1f) < 1e-4f;
        });

    [Property]
    public Property WeightOne_IsTheEmotionHeadCollapsed_ForShortText() =>
        Prop.ForAll(Logits(3), Logits(6), Arb.From(Gen.Choose(0, 8)), (pol, emo, length) =>
        {
            Span<float> p = stackalloc float[3];
            var got = new PolarityBlend(1f, 0f, 8, 16).Decide(pol, emo, Labels, length, p);
            var neg = MathF.Exp(emo[2]) + MathF.Exp(emo[3]) + MathF.Exp(emo[4]) + MathF.Exp(emo[5]);
            Span<float> collapsed = [neg, MathF.Exp(emo[0]), MathF.Exp(emo[1])];
            // Ties within float error may go either way.
            var want = ArgMax(collapsed);
            return got == want || MathF.Abs(collapsed[got] - collapsed[want]) < 1e-3f * collapsed[want];
        });

    [Fact]
    public void Weight_FallsLinearlyWithLength()
    {
        var b = new PolarityBlend(0.5f, 0f, 10, 20);
        Assert.Equal(0.5f, b.WeightFor(3));
        Assert.Equal(0.5f, b.WeightFor(10));
        Assert.Equal(0.25f, b.WeightFor(15), 4);
        Assert.Equal(0f, b.WeightFor(20));
        Assert.Equal(0f, b.WeightFor(1_000_000));
    }
}
