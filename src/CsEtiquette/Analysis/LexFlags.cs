namespace CsEtiquette.Analysis;

/// <summary>Word roles without a weight.</summary>
[Flags]
internal enum LexFlags
{
    None = 0,
    Question = 1,
    Problem = 2,
    Photo = 4,
    OrderCue = 8,
    TrackingCue = 16,
    ModelBrand = 32,
    AddressCue = 64,
    Contrast = 128,
    Hypothetical = 256,
    Recurrence = 512,
    QuestionWord = 1024,
}
