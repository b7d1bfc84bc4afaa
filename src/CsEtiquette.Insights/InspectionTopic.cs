namespace CsEtiquette.Insights;

/// <summary>
/// A customer-question topic (问题类别) of the inspection vocabulary: the keywords that map to it and the
/// advice used in suggestions such as "近期12%客户询问尺码问题,建议详情页增加尺码说明".
/// </summary>
/// <param name="Label">The topic name shown in reports, e.g. <c>尺码</c>.</param>
/// <param name="Words">Keywords that belong to the topic (a question whose top TF-IDF keyword is one of them).</param>
/// <param name="Advice">What to do, e.g. <c>详情页增加尺码说明</c>; <c>{topic}</c> is replaced by the label.</param>
public sealed record InspectionTopic(string Label, IReadOnlyList<string> Words, string Advice);
