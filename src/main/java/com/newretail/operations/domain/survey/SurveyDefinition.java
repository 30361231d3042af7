package com.newretail.operations.domain.survey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.newretail.platform.mutation.Refusal;

/**
 * A survey's questions and tag rules, and the checks on them and on answers: pure rules, so the
 * HTML form and the clerk's mutation refuse the same answers with the same words.
 */
public final class SurveyDefinition {

    static final int MAX_QUESTIONS = 30;
    static final int MAX_OPTIONS = 20;
    static final int MAX_TEXT = 1000;

    /** A question at its 1-based position. */
    public record Question(int position, QuestionKind kind, String prompt, List<String> options, boolean required, Integer ratingMax) {
    }

    /** Who answered {@code option} to the question at {@code position} gets {@code tag}. */
    public record TagRule(int position, String option, String tag) {
    }

    /** An answer to the question at {@code position}: choices, a rating or a text, as its kind takes. */
    public record Answer(int position, List<String> choices, Integer rating, String text) {
    }

    private SurveyDefinition() {
    }

    /** What is wrong with a survey's title, questions and tag rules; fields under {@code input}. */
    public static List<Refusal<SurveyErrorCode>> check(String title, String intro, List<Question> questions, List<TagRule> rules) {
        List<Refusal<SurveyErrorCode>> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.trim().length() > 120) {
            problems.add(invalid("A title has 1-120 characters", "input", "title"));
        }
        if (intro != null && intro.length() > 1000) {
            problems.add(invalid("An intro has at most 1000 characters", "input", "intro"));
        }
        if (questions.isEmpty() || questions.size() > MAX_QUESTIONS) {
            problems.add(invalid("A survey has 1-" + MAX_QUESTIONS + " questions", "input", "questions"));
        }
        for (Question q : questions) {
            String at = String.valueOf(q.position() - 1);
            if (q.prompt() == null || q.prompt().isBlank() || q.prompt().length() > 300) {
                problems.add(invalid("A prompt has 1-300 characters", "input", "questions", at, "prompt"));
            }
            boolean choice = q.kind() == QuestionKind.SINGLE_CHOICE || q.kind() == QuestionKind.MULTIPLE_CHOICE;
            Set<String> distinct = new HashSet<>(q.options());
            if (choice && (q.options().size() < 2 || q.options().size() > MAX_OPTIONS || distinct.size() < q.options().size()
                    || q.options().stream().anyMatch(o -> o == null || o.isBlank() || o.length() > 100))) {
                problems.add(invalid("A choice question has 2-" + MAX_OPTIONS + " different options of 1-100 characters", "input", "questions", at,
                        "options"));
            }
            if (!choice && !q.options().isEmpty()) {
                problems.add(invalid("Only choice questions have options", "input", "questions", at, "options"));
            }
            if (q.kind() == QuestionKind.RATING && (q.ratingMax() == null || q.ratingMax() < 2 || q.ratingMax() > 10)) {
                problems.add(invalid("A rating question has a ratingMax of 2-10", "input", "questions", at, "ratingMax"));
            }
        }
        for (int i = 0; i < rules.size(); i++) {
            TagRule rule = rules.get(i);
            Question q = rule.position() >= 1 && rule.position() <= questions.size() ? questions.get(rule.position() - 1) : null;
            if (q == null || !q.options().contains(rule.option())) {
                problems.add(invalid("A tag rule names a choice question and one of its options", "input", "tagRules", String.valueOf(i)));
            } else if (rule.tag() == null || rule.tag().isBlank() || rule.tag().trim().length() > 40) {
                problems.add(invalid("A tag has 1-40 characters", "input", "tagRules", String.valueOf(i), "tag"));
            }
        }
        return problems;
    }

    /** What is wrong with answers to {@code questions}; fields under {@code root} (e.g. "answers"). */
    public static List<Refusal<SurveyErrorCode>> checkAnswers(List<Question> questions, List<Answer> answers, String... root) {
        List<Refusal<SurveyErrorCode>> problems = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            String[] field = path(root, String.valueOf(i));
            if (a.position() < 1 || a.position() > questions.size() || !seen.add(a.position())) {
                problems.add(invalid("Each answer names a different question of the survey", field));
                continue;
            }
            Question q = questions.get(a.position() - 1);
            String problem = switch (q.kind()) {
                case SINGLE_CHOICE -> a.choices().size() == 1 && q.options().contains(a.choices().get(0)) ? null : "Choose one of the options";
                case MULTIPLE_CHOICE -> !a.choices().isEmpty() && q.options().containsAll(a.choices())
                        && new HashSet<>(a.choices()).size() == a.choices().size() ? null : "Choose among the options, each once";
                case RATING -> a.rating() != null && a.rating() >= 1 && a.rating() <= q.ratingMax() ? null : "Rate from 1 to " + q.ratingMax();
                case TEXT -> a.text() != null && !a.text().isBlank() && a.text().length() <= MAX_TEXT ? null : "Write 1-" + MAX_TEXT + " characters";
            };
            if (problem != null) {
                problems.add(invalid(problem + " (question " + q.position() + ")", field));
            }
        }
        for (Question q : questions) {
            if (q.required() && !seen.contains(q.position())) {
                problems.add(invalid("Question " + q.position() + " needs an answer", root));
            }
        }
        return problems;
    }

    /** The tags the answers earn. */
    public static List<String> tags(List<TagRule> rules, List<Answer> answers) {
        return rules.stream().filter(rule -> answers.stream().anyMatch(a -> a.position() == rule.position() && a.choices().contains(rule.option())))
                .map(rule -> rule.tag().trim()).distinct().toList();
    }

    private static String[] path(String[] root, String last) {
        String[] path = java.util.Arrays.copyOf(root, root.length + 1);
        path[root.length] = last;
        return path;
    }

    private static Refusal<SurveyErrorCode> invalid(String message, String... field) {
        return Refusal.of(SurveyErrorCode.INVALID_VALUE, message, field);
    }
}
