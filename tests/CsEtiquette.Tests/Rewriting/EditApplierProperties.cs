using CsEtiquette.Rewriting;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace CsEtiquette.Tests.Rewriting;

/// <summary>Composing two rounds of edits gives the same text as applying them one after the other.</summary>
public sealed class EditApplierProperties
{
    private static Gen<List<Edit>> EditsFor(string text) =>
        Gen.Choose(0, 4).SelectMany(n => Gen.ListOf(Gen.Choose(0, text.Length).SelectMany(s =>
            Gen.Choose(0, Math.Min(3, text.Length - s)).SelectMany(len =>
                Gen.Elements("", "x", "YY", "您好", "zzz").Select(rep => new Edit(s, len, rep, "R", "e")))), n))
        .Select(list =>
        {
            // keep a non-overlapping subset (at most one insertion per position)
            var kept = new List<Edit>();
            var pos = -1;
            var lastInsert = -1;
            foreach (var e in list.OrderBy(e => e.Start).ThenBy(e => e.Length))
            {
                if (e.Start > pos || (e.Start == pos && (e.Length > 0 || e.Start != lastInsert) && kept.All(k => k.End <= e.Start)))
                {
                    if (e.Length == 0 && e.Start == lastInsert)
                    {
                        continue;
                    }

                    kept.Add(e);
                    lastInsert = e.Length == 0 ? e.Start : -1;
                    pos = e.End;
                }
            }

            return kept;
        });

    [Property(MaxTest = 500)]
    public Property Compose_EqualsSequentialApplication() =>
        Prop.ForAll(Arb.From(Gen.Elements("", "a", "abcdef", "我们不能马上解决", "0123456789")), original =>
            Prop.ForAll(Arb.From(EditsFor(original)), first =>
            {
                var middle = EditApplier.Apply(original, first);
                return Prop.ForAll(Arb.From(EditsFor(middle)), second =>
                {
                    var expected = EditApplier.Apply(middle, second);
                    var composed = EditApplier.Compose(original, first, middle, second);
                    var actual = EditApplier.Apply(original, composed);
                    return (actual == expected).Label($"{original} | {string.Join(",", first)} | {middle} | {string.Join(",", second)} → {actual} != {expected}");
                });
            }));

    [Fact]
    public void Apply_RejectsOverlapAndOutOfBounds()
    {
        Assert.Throws<ArgumentException>(() => EditApplier.Apply("abc", [new Edit(0, 2, "x", "R", ""), new Edit(1, 1, "y", "R", "")]));
        Assert.Throws<ArgumentException>(() => EditApplier.Apply("abc", [new Edit(2, 5, "x", "R", "")]));
    }
}
