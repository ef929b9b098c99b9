/**
 * The search as plain logic, no database and no CDI bean that calls one: the request as given
 * ({@link org.bulletinpipeline.query.search.SearchRequest}) and as checked
 * ({@link org.bulletinpipeline.query.search.SearchCriteria}), the filter table
 * ({@link org.bulletinpipeline.query.search.SearchFilter}), the WHERE clause it makes
 * ({@link org.bulletinpipeline.query.search.SqlFilter}), date windows, cursors, text normalization and highlighting.
 * The service layer runs it (ArticleSearch, SearchCriteriaParser); the repository executes its SQL.
 */
package org.bulletinpipeline.query.search;
