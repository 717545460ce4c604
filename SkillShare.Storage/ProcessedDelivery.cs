namespace SkillShare.Storage;

/// <summary>A channel delivery already handled; its id is the document id.</summary>
internal sealed class ProcessedDelivery
{
    public string Id { get; set; } = "";

    public DateTimeOffset At { get; set; }
}
