namespace CsEtiquette.Insights;

/// <summary>One question cluster: conversations whose question's top TF-IDF keyword falls in the topic.</summary>
internal sealed class ClusterTally
{
    public long Conversations;
    public long FirstSeen = long.MaxValue;
    public string Sample = string.Empty;

    public void Add(long conversations, long firstSeen, string sample)
    {
        Conversations += conversations;
        if (firstSeen < FirstSeen)
        {
            FirstSeen = firstSeen;
            Sample = sample;
        }
    }
}
