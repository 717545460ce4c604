using SkillShare.Bot.Conversations;
using SkillShare.Core.Posts;

namespace SkillShare.Bot.Flows.Posting;

/// <summary>Renders a member's posts: one card per post with its buttons, then a closing line.</summary>
internal static class PostList
{
    public static void Show(FlowContext context, string kind)
    {
        var posts = MemberPosts.List(context, kind);
        var offers = kind == MemberPosts.Offers;
        foreach (var post in posts)
        {
            var buttons = Buttons(context, post);
            context.Send(new Reply { Text = post.Title, Card = post.Card(context), Buttons = [buttons] });
        }

        var closing = posts.Count == 0
            ? (offers ? "flows.posts.none_offers" : "flows.posts.none_requests")
            : (offers ? "flows.posts.offers_footer" : "flows.posts.requests_footer");
        context.Send(new Reply
        {
            Text = context.Text(closing, posts.Count),
            Buttons =
            [[
                context.Button(offers ? "flows.menu.offer" : "flows.menu.request", offers ? "m.offer" : "m.request"),
                context.Button("flows.menu.back", "m.menu"),
            ]],
        });
    }

    public static IReadOnlyList<ReplyButton> Buttons(FlowContext context, PostEntry post)
    {
        var toggle = post.Status == PostStatus.Paused
            ? context.Button("flows.posts.resume", "r." + post.Id)
            : context.Button("flows.posts.pause", "p." + post.Id);
        if (post.Status == PostStatus.Closed)
            return [context.Button("flows.posts.delete", "d." + post.Id)];

        return
        [
            toggle,
            context.Button("posts.close", "c." + post.Id),
            context.Button("flows.posts.edit", "e." + post.Id),
            context.Button("flows.posts.delete", "d." + post.Id),
        ];
    }
}
