namespace CsEtiquette.DependencyInjection;

/// <summary>
/// Complaint-workflow options (configuration section <c>CsEtiquette:Complaints</c>). Registered with
/// <c>services.AddOptions&lt;EtiquetteComplaintOptions&gt;()</c> by <c>AddCsEtiquette</c>; validated at host start (messages
/// name the configuration path, e.g. <c>CsEtiquette:Complaints:FollowUpWindow must be between 1 minute and 30 days</c>).
/// Mutable while configuring; not thread-safe while being changed.
/// </summary>
public sealed class EtiquetteComplaintOptions
{
    /// <summary>The name of the configuration sub-section: <c>Complaints</c>.</summary>
    public const string SectionName = "Complaints";

    /// <summary>How long after a complaint is resolved the follow-up is due (回访); default 24 hours; 1 minute – 30 days.</summary>
    public TimeSpan FollowUpWindow { get; set; } = TimeSpan.FromHours(24);

    internal List<string> ConfigurationErrors { get; } = [];

    internal void ApplyTo(EtiquetteOptions options) => options.FollowUpWindow = FollowUpWindow;

    internal void CopyFrom(EtiquetteOptions options) => FollowUpWindow = options.FollowUpWindow;
}
