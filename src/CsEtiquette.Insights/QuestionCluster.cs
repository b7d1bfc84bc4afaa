namespace CsEtiquette.Insights;

/// <summary>
/// A high-frequency question topic (高频问题): customer conversations in which a question's best TF-IDF keyword
/// falls in the topic (see <see cref="InspectionVocabulary.Topics"/>).
/// </summary>
/// <param name="Topic">Topic label, e.g. <c>尺码</c>.</param>
/// <param name="Conversations">Customer conversations that asked about it.</param>
/// <param name="Share">Conversations ÷ customer conversations (0..1).</param>
/// <param name="Sample">The first such question (up to 80 characters).</param>
public sealed record QuestionCluster(string Topic, long Conversations, double Share, string Sample);
