/** The records the API returns, shared by the services that build them and the repositories that read their rows. */
package org.bulletinpipeline.query.view;
