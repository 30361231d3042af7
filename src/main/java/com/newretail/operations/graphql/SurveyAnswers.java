package com.newretail.operations.graphql;

import com.newretail.customer.api.CustomerCriteria;

/** Survey answers as a segment condition: members with a response that chose the option. */
final class SurveyAnswers {

    private SurveyAnswers() {
    }

    static CustomerCriteria answered(long surveyId, int question, String option) {
        return new CustomerCriteria.Matching("answered survey " + surveyId, args -> "c.id IN (SELECT r.customer_id FROM survey_response r "
                + "JOIN survey_answer a ON a.response_id = r.id WHERE r.survey_id = " + args.add(surveyId) + " AND a.position = " + args.add(question)
                + " AND " + args.add(option) + " = ANY(a.choices))");
    }
}
