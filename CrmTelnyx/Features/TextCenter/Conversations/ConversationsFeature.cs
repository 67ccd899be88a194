namespace CrmTelnyx.Features.TextCenter.Conversations;

/// <summary>The two-way inbox's use cases; the threads themselves are kept by the texts (<see cref="ConversationThreads"/>).</summary>
public static class ConversationsFeature
{
    public static IServiceCollection AddConversations(this IServiceCollection services) => services
        .AddScoped<ReplyInConversation>()
        .AddScoped<AssignConversation>()
        .AddScoped<MarkConversationDone>()
        .AddScoped<MarkConversationRead>();
}
