namespace CsEtiquette.Analysis;

/// <summary>Receives the model features of one message: a hash, a value and the span that produced it (start -1: no span).</summary>
internal interface IFeatureSink
{
    void Add(uint hash, float value, int start, int length);
}
